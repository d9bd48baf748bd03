// The bilingual role table: one normalised role per line, with the English and Chinese
// titles that name it. English titles match case-insensitively.

export interface RoleTitle {
  id: string;
  name: string;
  en: string[];
  zh: string[];
}

const role = (id: string, name: string, en: string[], zh: string[]): RoleTitle => ({ id, name, en: [name, ...en], zh });

export const ROLE_TITLES: RoleTitle[] = [
  role('president', 'President', [], ['总统']),
  role('vice_president', 'Vice President', [], ['副总统']),
  role('prime_minister', 'Prime Minister', ['PM', 'Premier'], ['首相', '总理']),
  role('commerce_secretary', 'Commerce Secretary', ['Secretary of Commerce', 'Commerce Minister'], ['商务部长', '商务部部长']),
  role('treasury_secretary', 'Treasury Secretary', ['Secretary of the Treasury'], ['财政部长', '财长']),
  role('secretary_of_state', 'Secretary of State', [], ['国务卿']),
  role('energy_secretary', 'Energy Secretary', ['Secretary of Energy'], ['能源部长']),
  role('trade_representative', 'Trade Representative', [], ['贸易代表']),
  role('trade_minister', 'Trade Minister', [], ['贸易大臣', '贸易部长']),
  role('economy_trade_industry_minister', 'Minister of Economy, Trade and Industry',
    ['Economy, Trade and Industry Minister', 'METI Minister', 'Industry Minister', 'Economy Minister'], ['经济产业大臣', '经产大臣', '经济产业相']),
  role('economic_revitalization_minister', 'Minister for Economic Revitalization',
    ['Minister for Economic Revitalisation', 'Economic Revitalization Minister', 'Economic Revitalisation Minister'], ['经济振兴大臣', '经济再生大臣', '经济再生担当大臣']),
  role('chief_trade_negotiator', 'Chief Trade Negotiator', ['Top Trade Negotiator', 'Chief Tariff Negotiator', 'Trade Negotiator'], ['首席贸易谈判代表', '首席谈判代表', '关税谈判代表']),
  role('foreign_minister', 'Foreign Minister', ['Minister of Foreign Affairs'], ['外务大臣', '外交部长', '外长']),
  role('finance_minister', 'Finance Minister', ['Minister of Finance'], ['财务大臣', '财务相', '财政大臣']),
  role('defense_minister', 'Defense Minister', ['Defence Minister', 'Defense Secretary'], ['防卫大臣', '国防部长']),
  role('chief_cabinet_secretary', 'Chief Cabinet Secretary', [], ['内阁官房长官', '官房长官']),
  role('central_bank_governor', 'Governor', ['Central Bank Governor'], ['行长', '央行行长']),
  role('fed_chair', 'Federal Reserve Chair', ['Fed Chair', 'Fed Chairman'], ['美联储主席']),
  role('ceo', 'Chief Executive', ['CEO', 'Chief Executive Officer'], ['首席执行官', '总裁', '首席执行长']),
  role('chairman', 'Chairman', ['Chair', 'Chairwoman'], ['董事长', '主席']),
  role('ambassador', 'Ambassador', [], ['大使']),
  role('spokesperson', 'Spokesperson', ['Spokesman', 'Spokeswoman'], ['发言人', '新闻发言人']),
  role('energy_minister', 'Energy Minister', ['Minister of Energy'], ['能源大臣', '能源部长']),
  role('minister', 'Minister', [], ['部长', '大臣']),
  role('mayor', 'Mayor', [], ['市长']),
  role('agency_head', 'Director', ['Director General'], ['局长', '署长']),
  role('chief_economist', 'Chief Economist', [], ['首席经济学家']),
  role('corporate_vice_president', 'Executive Vice President', ['Senior Vice President'], ['副总裁']),
  role('general_manager', 'General Manager', ['Managing Director'], ['总经理'])
];

/** Words before a title that say the person no longer holds it. */
export const FORMER_CUES_EN = ['former', 'ex-', 'then'];
export const FORMER_CUES_ZH = ['前', '此前曾担任', '曾担任', '曾任', '前任'];

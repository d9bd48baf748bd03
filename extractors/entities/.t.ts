import { recogniseChinese } from './zh/recognise.ts';
import fs from 'fs';
const t = fs.readFileSync('../../fixtures/seeds/004_e492c4e8dd3a0010.txt','utf8');
const ms = recogniseChinese(t);
console.log(ms.map(m => `${m.text}|${m.type}|${m.id??''}|${m.rule.replace(/^zh\./,'')}`).join('; '));

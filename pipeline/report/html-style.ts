// The HTML report's stylesheet (inline, allowed by the page's CSP): a summary band of
// boxes, conflict cards in a grid, quiet grey rule ids, and sortable tables. Text colours
// keep at least 4.5:1 contrast on white (axe's colour-contrast rule).

export const REPORT_STYLE = `body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5rem 2rem;max-width:1320px;color:#222}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}h3{font-size:1rem;margin:0 0 .4rem}h4{font-size:.9rem;margin:.6rem 0 .2rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.quiet,.rule,.more,caption{color:#666;font-size:12px}caption{text-align:left;padding-bottom:4px}code.rule{font-family:ui-monospace,monospace}
.band{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:1rem 0}.box{border:1px solid #ddd;border-radius:6px;padding:8px 12px;background:#fafafa}
.box .big{font-size:1.8rem;font-weight:600;margin:0}.box ul{list-style:none;padding:0;margin:.2rem 0}.box li{display:inline-block;margin-right:.8em}.tally .n{font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(600px,1fr));gap:14px}.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px}
.card .why{margin:.3rem 0}.readings{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:.2rem 0}.readings dt{font-weight:600;color:#555}.readings dd{margin:0}
.from{color:#555}.chart{margin:.4rem 0;overflow-x:auto}.chart svg{max-width:100%;height:auto}
.kind{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;border-radius:3px;padding:1px 5px;margin-right:4px;background:#eee}
.kind-scale_error{background:#ffe0cc}.kind-value_mismatch{background:#fff0c2}.kind-name_variant{background:#e4e0f5}.kind-updated{background:#dbe9ff}
details>summary{cursor:pointer}table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.failed,.error{color:#a00}.not_extracted{color:#666}mark{background:#ffe27a;color:#222;padding:0 2px}
.status{font-weight:600;border-radius:3px;padding:0 4px}.agreed{background:#d9f2d9}.resolved{background:#dbe9ff}.disputed{background:#ffd9d9}.single{background:#eee}.updated{background:#e4e0f5}
.verdict-scale_error,.verdict-outlier{color:#a00}.verdict-disputed{color:#8a5300}blockquote{margin:4px 0 8px;padding-left:8px;border-left:3px solid #ccc}blockquote footer{font-size:12px;color:#555}
ul{margin:0;padding-left:1.2em}nav a{margin-right:1em}`;

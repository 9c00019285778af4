// XSS payloads for the injection tests (xss.test.mjs). Each one, if the page
// ever parsed text as HTML (or followed it as a URL), would call
// `__xss(n)` — a function the tests install in every frame — with its own
// number. They cover script tags, event-handler attributes, `javascript:`
// URLs, SVG and MathML tricks, entities and encodings, and breakouts from
// the elements the widget and the page use (textarea, q, mark, pre, title,
// style, comments, CDATA).

export const PAYLOADS = [
  // script tags
  '<script>__xss(1)</script>',
  '<SCRIPT SRC=data:text/javascript,__xss(2)></SCRIPT>',
  '<script/x>__xss(3)</script>',
  '<scr<script>ipt>__xss(4)</scr</script>ipt>',
  '<script>/*</script><script>*/__xss(5)</script>',
  // event-handler attributes
  '<img src=x onerror=__xss(6)>',
  '<img src="x" onerror="__xss(7)">',
  '<body onload=__xss(8)>',
  '<svg onload=__xss(9)>',
  '<div onmouseover="__xss(10)" style="position:fixed;inset:0">hover</div>',
  '<input autofocus onfocus=__xss(11)>',
  '<details open ontoggle=__xss(12)>',
  '<video><source onerror=__xss(13)></video>',
  '<audio src=x onerror=__xss(14)>',
  '<iframe onload=__xss(15)></iframe>',
  '<marquee onstart=__xss(16)>x</marquee>',
  '<select autofocus onfocus=__xss(17)></select>',
  '<textarea autofocus onfocus=__xss(18)></textarea>',
  '<object data=x onerror=__xss(19)></object>',
  '<img src=x:x onerror&#61;__xss(20)>',
  '"><img src=x onerror=__xss(21)>',
  "' onmouseover='__xss(22)' x='",
  '" autofocus onfocus="__xss(23)" x="',
  // javascript: URLs
  '<a href="javascript:__xss(24)">click</a>',
  '<iframe src="javascript:parent.__xss(25)"></iframe>',
  '<form action="javascript:__xss(26)"><button>go</button></form>',
  '<a href="jav&#x09;ascript:__xss(27)">x</a>',
  '<object data="javascript:parent.__xss(28)"></object>',
  '<embed src="javascript:parent.__xss(29)">',
  'javascript:__xss(30)',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(31)">',
  '<base href="javascript:__xss(32)//">',
  // SVG and MathML
  '<svg><script>__xss(33)</script></svg>',
  '<svg><animate onbegin=__xss(34) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(35)"><text x=20 y=20>x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=__xss(36)></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(37)>',
  '<math href="javascript:__xss(38)">x</math>',
  '<svg><set attributeName=onmouseover to=__xss(39)>',
  '<math><maction actiontype="statusline" xlink:href="javascript:__xss(40)">x</maction></math>',
  '<svg><style><img src=x onerror=__xss(41)></style></svg>',
  // entities and encodings
  '&lt;img src=x onerror=__xss(42)&gt;',
  '&#60;script&#62;__xss(43)&#60;/script&#62;',
  '&amp;lt;script&amp;gt;__xss(44)&amp;lt;/script&amp;gt;',
  '\\u003cimg src=x onerror=__xss(45)\\u003e',
  '%3Cscript%3E__xss(46)%3C/script%3E',
  '&#x3C;img src=x onerror=__xss(47)&#x3E;',
  // breakouts from the elements the widget and page use
  '</textarea><img src=x onerror=__xss(48)>',
  '</title><script>__xss(49)</script>',
  '</style><script>__xss(50)</script>',
  '</script><script>__xss(51)</script>',
  '--><img src=x onerror=__xss(52)>',
  ']]><img src=x onerror=__xss(53)>',
  '</q><img src=x onerror=__xss(54)>',
  '</mark></span><img src=x onerror=__xss(55)>',
  '</pre><img src=x onerror=__xss(56)>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(57)>">',
  '<template><img src=x onerror=__xss(58)></template>',
  // template and style tricks
  "{{constructor.constructor('__xss(59)')()}}",
  '${__xss(60)}',
  "<style>@import 'javascript:__xss(61)';</style>",
  '<link rel=stylesheet href="javascript:__xss(62)">',
  '<img src=x onerror=__xss(63)//',
  '<iframe srcdoc="<script>parent.__xss(64)</script>"></iframe>',
];

/**
 * An article that puts every payload in four places: as a speaker (the
 * engine takes most of them whole as the name after "According to"), inside
 * a name, inside a quotation, and in plain reported text.
 */
export function hostileArticle(payloads = PAYLOADS) {
  return payloads
    .map((p, i) =>
      [
        `According to ${p}, the plan will fail.`,
        `Mr ${p} Smith${i} said the talks were useful.`,
        `“${p} is the answer,” said Minister Jones${i}.`,
        `The Kremlin later denied that ${p} was ever signed.`,
      ].join(' '),
    )
    .join('\n\n');
}

/**
 * Installed in every frame before any script: `__xss(n)` records `n` in the
 * top window's `__xssHits`.
 */
export const RECORDER = `
(() => {
  if (window === window.top) window.__xssHits = [];
  const record = (n) => { try { window.top.__xssHits.push(n); } catch { /* cross-origin */ } };
  Object.defineProperty(window, '__xss', { value: record, writable: false });
})();
`;

package org.nianbao.html;

/**
 * The report page's style: the GB/T 9704 fonts and sizes with free fallbacks, tables that scroll sideways on a
 * phone instead of squeezing, and an A4 print layout with the official margins. Inline, so the page needs nothing
 * from elsewhere.
 */
final class PageStyle {

	static final String CSS = """
			/* Nianbao: the report as printed (GB/T 9704), on screen, on a phone and on A4 paper. */
			html{background:#eeeeec}
			body{margin:0;color:#000;font-family:"仿宋_GB2312","仿宋",FangSong,STFangsong,"Noto Serif CJK SC","Source Han Serif SC","Noto Serif SC",serif;font-size:16pt;line-height:1.8}
			.report{box-sizing:border-box;max-width:calc(156mm + 5em);margin:1.5em auto;padding:2.5em;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2)}
			h1{font-family:"方正小标宋简体","方正小标宋_GBK",FZXiaoBiaoSong-B05S,"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.45;margin:0 0 1.2em}
			h2{font-family:"黑体",SimHei,"Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}
			h3{font-family:"楷体_GB2312","楷体",KaiTi,STKaiti,"Noto Serif CJK SC",serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}
			p{text-indent:2em;margin:0;text-align:justify}
			p.contact{overflow-wrap:anywhere}
			figure.image{margin:.6em 0;text-align:center}
			figure.image img{max-width:100%;height:auto}
			figure.image figcaption{font-size:.875em}
			.scroll{overflow-x:auto;margin:.6em 0;-webkit-overflow-scrolling:touch}
			table.figures{border-collapse:collapse;margin:0 auto;line-height:1.35;font-family:inherit;width:100%}
			table.loose{font-size:14pt}
			table.medium{font-size:10.5pt}
			table.dense{font-size:9pt;min-width:44em}
			caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
			th,td{border:1px solid #000;padding:.25em .3em;font-weight:normal;text-align:center;vertical-align:middle}
			th.left{text-align:left}
			th.group{writing-mode:horizontal-tb}
			td{font-variant-numeric:tabular-nums}
			.w2{width:2.6em}.w3{width:3.6em}.w4{width:4.6em}.w5{width:5.6em}.w6{width:6.6em}.w7{width:7.6em}.w8{width:8.6em}.w9{width:9.6em}.w10{width:10.6em}.w11{width:11.6em}.w12{width:12.6em}.w13{width:13.6em}.w14{width:14.6em}.w15{width:15.6em}
			.draft{text-indent:0;text-align:center;color:#c00000;font-family:"黑体",SimHei,"Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-weight:bold;margin:0 0 1em}
			.signature{display:table;margin:2.5em 4em 0 auto;text-align:center}
			.signature p{text-indent:0;text-align:center}
			.preview td.computed{background:#eef3fb;color:#1a4a8a}
			.preview td.filled{color:#666}
			.preview .mark-error{outline:2px solid #c62828;outline-offset:-2px;background:#fdecea}
			.preview .mark-warning{outline:2px solid #e0a000;outline-offset:-2px}
			.preview .mark-info{outline:1px dashed #1565c0;outline-offset:-1px}
			.preview [data-line]{cursor:pointer}
			@media (max-width:40em){
			.report{margin:0;padding:1em;box-shadow:none}
			body{font-size:13pt}
			h1{font-size:17pt}
			h2,h3{font-size:13pt}
			table.loose{font-size:11pt;min-width:22em}
			table.medium{min-width:30em}
			}
			@media print{
			@page{size:A4;margin:37mm 26mm 35mm 28mm}
			html{background:none}
			.report{max-width:none;margin:0;padding:0;box-shadow:none}
			.scroll{overflow:visible}
			table.dense{min-width:0}
			thead{display:table-header-group}
			tr{break-inside:avoid}
			h2,h3{break-after:avoid}
			.signature{break-inside:avoid}
			}
			""";

	private PageStyle() {
	}
}

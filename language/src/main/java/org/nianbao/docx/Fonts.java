package org.nianbao.docx;

/** The fonts and sizes GB/T 9704 prescribes, named as Word knows them. */
final class Fonts {

	static final String TITLE = "方正小标宋简体";
	static final String BODY = "仿宋_GB2312";
	static final String HEADING_1 = "黑体";
	static final String HEADING_2 = "楷体_GB2312";
	static final String PAGE_NUMBER = "宋体";

	/** Sizes in half-points, as w:sz takes them. */
	static final int ER_HAO = 44; // 二号 22 pt
	static final int SAN_HAO = 32; // 三号 16 pt
	static final int SI_HAO = 28; // 四号 14 pt
	static final int WU_HAO = 21; // 五号 10.5 pt
	static final int XIAO_WU = 18; // 小五 9 pt

	private Fonts() {
	}
}

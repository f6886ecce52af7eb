package org.nianbao.importer.map;

import java.util.Map;

/**
 * Row and column labels of the 2019 trial format (国办公开办函〔2019〕60号) that the 2021 form does not have.
 * Reports for 2019 and 2020 print them, and later reports copied from those still do. They are not mapped onto
 * a 2021 row (their columns mean other things): the import keeps them as printed and says which 2021 row or
 * column comes nearest. Keys are normalised labels without numbering; values name the nearest 2021 label or "".
 */
final class Format2019 {

	static final Map<String, String> ROWS = Map.of(
			"规范性文件", "行政规范性文件",
			"其他对外管理服务事项", "",
			"政府集中采购", "");

	static final Map<String, String> HEADERS = Map.of(
			"本年新制作数量", "本年制发件数",
			"本年新公开数量", "本年制发件数",
			"对外公开总数量", "现行有效件数",
			"上一年项目数量", "",
			"本年增/减", "",
			"处理决定数量", "本年处理决定数量",
			"采购项目数量", "",
			"采购总金额", "");

	private Format2019() {
	}
}

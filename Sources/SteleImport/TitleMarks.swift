/// What a title line carries besides the title: a column tag before it (`【走进基层一线】`, which names
/// the series) and a footnote mark after it (`[1]`, `①`, `*`), which points at a note the page had.
struct TitleMarks: Sendable, Equatable {
    var text: String
    var column: String?

    init(_ line: String) {
        var text = line.trimmingSpaces()
        if text.hasPrefix("【"), let close = text.firstIndex(of: "】"), close != text.index(before: text.endIndex) {
            column = String(text[text.index(after: text.startIndex)..<close])
            text = String(text[text.index(after: close)...]).trimmingSpaces()
        }
        while let last = text.unicodeScalars.last, Self.isFootnoteMark(last) { text.unicodeScalars.removeLast() }
        if text.hasSuffix("]"), let open = text.lastIndex(of: "["),
           text[text.index(after: open)..<text.index(before: text.endIndex)].allSatisfy(\.isNumber) {
            text = String(text[..<open])
        }
        self.text = text.trimmingSpaces()
    }

    /// A column name without its brackets: `【一线调研】` → `一线调研`.
    static func withoutBrackets(_ column: String) -> String {
        column.hasPrefix("【") && column.hasSuffix("】") ? String(column.dropFirst().dropLast()) : column
    }

    /// `*`, `＊` and the circled numbers ① to ⑳.
    static func isFootnoteMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "＊" || (0x2460...0x2473).contains(scalar.value)
    }
}

/// China's provinces and regions, as datelines name them before the city (`新华社甘肃酒泉10月20日电`).
enum Provinces {
    static let names = [
        "内蒙古", "黑龙江", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
        "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "广西", "西藏",
        "宁夏", "新疆",
    ]

    /// The city of a dateline's place: `甘肃酒泉` → `酒泉`; a province alone stays as it is.
    static func city(of place: String) -> String {
        for province in names where place.hasPrefix(province) && place.count > province.count + 1 {
            return String(place.dropFirst(province.count))
        }
        return place
    }
}

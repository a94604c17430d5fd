import Foundation
import SteleText

/// Lines that belong to the page, not to any article: what PDF extraction leaves between (and inside)
/// paragraphs, and what web pages and papers put around a report. The importer drops them, so that a
/// sentence cut by them is joined again, and reads what they say about the issue's date.
enum PageFurniture {
    /// What a line that is not article text is.
    enum Kind: Equatable {
        /// A page number: `- 2 -`, `—3—`, `第4页`, `4/12`.
        case pageNumber
        /// A running header or masthead: the paper's name with the issue's date (`洞庭日报　2020年8月3日　星期一　第2版`),
        /// or a bulletin's issue line (`2021年第15期（总第321期）`).
        case runningHeader(date: PageDate?)
        /// What follows a report: `（完）`, `责任编辑：…`, `【纠错】`, `相关报道第3版`, `（本期编辑：…）`.
        case trailer
    }

    static func classify(_ text: String) -> Kind? {
        let line = text.trimmingSpaces()
        let scalars = Array(line.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 60 else { return nil }
        if isPageNumber(scalars) { return .pageNumber }
        if isTrailer(line) { return .trailer }
        if let date = headerDate(line) { return .runningHeader(date: date) }
        if isIssueLine(line) { return .runningHeader(date: nil) }
        return nil
    }

    /// `- 2 -`, `—3—`, `－ 12 －`, `第4页`, `4/12`, `第 4 页 共 12 页`.
    static func isPageNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        let compact = scalars.filter { !$0.isWhitespace }
        let dashes: ScalarSet = ["-", "—", "–", "－", "―"]
        let digits = compact.filter { Numerals.arabicDigit($0) != nil }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        if let first = compact.first, let last = compact.last, dashes.contains(first), dashes.contains(last) {
            return compact.allSatisfy { dashes.contains($0) || Numerals.arabicDigit($0) != nil }
        }
        let text = String(String.UnicodeScalarView(compact))
        if text.hasPrefix("第"), text.hasSuffix("页") {
            return compact.allSatisfy { "第页共".unicodeScalars.contains($0) || Numerals.arabicDigit($0) != nil }
        }
        if let slash = compact.firstIndex(where: { $0 == "/" || $0 == "／" }), slash > 0, slash < compact.count - 1 {
            return compact.allSatisfy { $0 == "/" || $0 == "／" || Numerals.arabicDigit($0) != nil }
        }
        return false
    }

    /// Lines that close a report or a web page's copy of it.
    static func isTrailer(_ line: String) -> Bool {
        let bare = line.trimmingCharacters(in: CharacterSet(charactersIn: "（）()【】[] 　"))
        if ["完", "全文完", "纠错"].contains(bare) { return true }
        for mark in ["责任编辑", "本期编辑", "责编：", "编辑：", "校对：", "审核："] where line.contains(mark) {
            return line.unicodeScalars.count <= 40
        }
        if line.hasPrefix("【纠错】") { return true }
        // A contributor thanked at the end: 实习生蓝天对本文亦有贡献.
        if line.hasSuffix("对本文亦有贡献") || line.hasSuffix("对此文亦有贡献") { return line.unicodeScalars.count <= 30 }
        // A pointer to more coverage elsewhere in the paper: 相关报道第3版, 相关评论见第2版.
        if line.hasPrefix("相关"), line.hasSuffix("版"), line.unicodeScalars.count <= 16 { return true }
        return false
    }

    /// The issue date of a running header or masthead: a short line naming a date and the paper
    /// (日报, 晚报, 电讯, 星期, 第N版, 编), but no sentence.
    static func headerDate(_ line: String) -> PageDate? {
        guard !line.unicodeScalars.contains(where: { "。，；！？".unicodeScalars.contains($0) }),
              let date = IssueDate.find(in: line)
        else { return nil }
        let isPaper = ["报", "电讯", "星期", "版", "编", "期"].contains { line.contains($0) }
        return isPaper ? date : nil
    }

    /// A bulletin's issue line: `2021年第15期（总第321期）`, `第15期`.
    static func isIssueLine(_ line: String) -> Bool {
        guard line.hasSuffix("期") || line.hasSuffix("期）") else { return false }
        return line.unicodeScalars.allSatisfy {
            $0.isASCIIDigit || "第期年总（）()　 ".unicodeScalars.contains($0)
        }
    }
}

/// A full date as mastheads, source lines and captions write it: `2020年8月3日`, `二〇二一年五月十八日`,
/// `2018-10-20`.
enum IssueDate {
    static func find(in text: String) -> PageDate? {
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices {
            guard let (year, yearEnd) = Numerals.year(in: scalars, at: index) else { continue }
            if yearEnd < scalars.count, scalars[yearEnd] == "年",
               let (month, monthEnd) = Numerals.small(in: scalars, at: yearEnd + 1), monthEnd < scalars.count,
               scalars[monthEnd] == "月", let (day, dayEnd) = Numerals.small(in: scalars, at: monthEnd + 1),
               dayEnd < scalars.count, scalars[dayEnd] == "日" || scalars[dayEnd] == "号" {
                return date(year, month, day)
            }
            if yearEnd + 5 < scalars.count + 1, yearEnd < scalars.count, scalars[yearEnd] == "-" {
                let rest = String(String.UnicodeScalarView(scalars[yearEnd...].prefix(6)))
                let parts = rest.split(separator: "-").compactMap { Int($0.prefix(2)) }
                if parts.count == 2 { return date(year, parts[0], parts[1]) }
            }
        }
        return nil
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> PageDate? {
        guard (1...12).contains(month), (1...PageDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        return PageDate(year: year, month: month, day: day)
    }
}

import SteleSupport

/// Finds the date expressions of one paragraph and tells events from periods, goals, counts and datelines.
///
/// Works on the paragraph's Unicode scalars. A year is four digits followed by 年 (`1996年`, `二〇一八年`);
/// fewer digits before 年 (`5年来`, `54年`) are a length of time, not a date, and so are four digits after
/// words that count (`近2000年`) or before words that measure (`2000年历史`).
package struct DateScanner: Sendable {
    package typealias Text = [Unicode.Scalar]
    typealias Parts = DateExpression.Parts

    package init() {}

    /// Every date expression in `text`, in order; ranges are offsets in `text`.
    package func mentions(in text: Text) -> [ScannedDate] {
        // `2019 年 7 月`: spaces between digits and 年/月/日 are read past, and ranges mapped back to `text`.
        var compact: Text = []
        var origin: [Int] = []
        var index = 0
        while index < text.count {
            guard text[index].isWhitespace else {
                compact.append(text[index])
                origin.append(index)
                index += 1
                continue
            }
            // A run of spaces is judged once, by what stands on either side of it: linear however long it is.
            var end = index
            while end < text.count, text[end].isWhitespace { end += 1 }
            if !Self.isDateGap(text, before: index - 1, after: end) {
                compact += text[index..<end]
                origin += Array(index..<end)
            }
            index = end
        }
        return scan(compact).map { mention in
            var mapped = mention
            mapped.range = origin[mention.range.lowerBound]..<(origin[mention.range.upperBound - 1] + 1)
            return mapped
        }
    }

    /// Whether spaces between `before` and `after` separate a digit and a date unit (`2019 年`, `年 7`).
    private static func isDateGap(_ text: Text, before: Int, after: Int) -> Bool {
        guard before >= 0, after < text.count else { return false }
        let units: ScalarSet = ["年", "月", "日", "号"]
        return (Numerals.arabicDigit(text[before]) != nil && units.contains(text[after]))
            || (units.contains(text[before]) && Numerals.arabicDigit(text[after]) != nil)
    }

    private func scan(_ text: Text) -> [ScannedDate] {
        var mentions: [ScannedDate] = []
        var index = 0
        while index < text.count {
            guard Self.dateStarts.contains(text[index]) else {
                index += 1
                continue
            }
            let found = datesStarting(text, at: index)
            if let last = found.last {
                mentions += found
                index = last.range.upperBound
            } else {
                index += 1
            }
        }
        return mentions
    }

    // MARK: Expressions

    /// The date expressions that start at `index`, tried in order: the first reader that reads one wins.
    private func datesStarting(_ text: Text, at index: Int) -> [ScannedDate] {
        if let found = decadeMention(text, at: index) { return [found] }
        if let found = yearMentions(text, at: index) { return found }
        if let found = relativeMention(text, at: index) { return [found] }
        if let found = festivalMention(text, at: index) { return [found] }
        if let found = lifeSpanMentions(text, at: index) { return found }
        if let found = bareMonthMention(text, at: index) { return [found] }
        if let found = bareDayMention(text, at: index) { return [found] }
        return barePartOfYearMention(text, at: index).map { [$0] } ?? []
    }

    /// `1996年`, `2019年度`, `1943年春`, `2022年上半年`, `2018年11月6日`, `2021年6月至12月`, and years whose 年 comes after
    /// a second year: `2016—2020年` (a range), `2016、2017年` (two years).
    private func yearMentions(_ text: Text, at index: Int) -> [ScannedDate]? {
        guard let (year, digitsEnd) = Numerals.year(in: text, at: index) else { return nil }
        guard digitsEnd < text.count, text[digitsEnd] == "年" else {
            return sharedYearMentions(text, first: year, at: index, digitsEnd: digitsEnd)
        }
        var end = digitsEnd + 1
        var parts = Parts(year: year)
        if Self.countsBefore.contains(where: { text.has($0, endingAt: index) })
            || Self.measuresAfterYear.contains(where: { text.has($0, at: end) }) {
            return [ScannedDate(range: index..<end, expression: DateExpression(anchor: .absolute, start: parts),
                                role: .period)]
        }
        if text.has("度", at: end) {
            end += 1
        } else if let part = partOfYear(text, at: end) {
            return [finish(text, start: index, monthDay: part, anchor: .absolute, year: year)]
        } else if let (name, festivalEnd, _) = festival(text, at: end) {
            parts.festival = name.festival
            end = festivalEnd
        } else if let (season, seasonEnd) = season(text, at: end) {
            parts.season = season
            end = seasonEnd
        } else if let monthDay = monthDay(text, at: end) {
            return [finish(text, start: index, monthDay: monthDay, anchor: .absolute, year: year)]
        }
        return [finish(text, start: index, end: end, anchor: .absolute, parts: parts)]
    }

    /// `六十年代`, `上世纪八十年代`, `20世纪90年代`, `1990年代`, and ranges of them (`19世纪60年代到20世纪30年代`).
    private func decadeMention(_ text: Text, at index: Int) -> ScannedDate? {
        guard let (start, startEnd) = decade(text, at: index, century: nil) else { return nil }
        var end = startEnd
        var endParts: Parts?
        if let separator = rangeSeparator(text, at: end),
           let (last, lastEnd) = decade(text, at: separator, century: start / 100 * 100), last > start {
            endParts = Parts(year: last, decade: true)
            end = lastEnd
        }
        // 八十年代初 is still the decade.
        end += Self.partsOfDecade.first { text.has($0, at: end) }?.unicodeScalars.count ?? 0
        return mention(text, index..<end, .absolute, Parts(year: start, decade: true), end: endParts)
    }

    /// A decade's first year and the index after 年代; without a century (`六十年代`) it is `century`, else the 1900s.
    private func decade(_ text: Text, at index: Int, century: Int?) -> (Int, Int)? {
        if let (year, end) = Numerals.year(in: text, at: index), year % 10 == 0, text.has("年代", at: end) {
            return (year, end + 2)
        }
        var century = century ?? 1900
        var position = index
        if let word = ["上世纪", "上个世纪"].first(where: { text.has($0, at: index) }) {
            position += word.unicodeScalars.count
        } else if let (number, end) = Numerals.small(in: text, at: index), text.has("世纪", at: end), number > 10 {
            century = (number - 1) * 100
            position = end + 2
        }
        guard position + 3 < text.count, text.has("年代", at: position + 2),
              position == 0 || !Numerals.continuesNumber(text[position - 1], chinese: true)
                && Numerals.arabicDigit(text[position - 1]) == nil
        else { return nil }
        let tens = Numerals.isChinese(text, at: position)
            ? (text[position + 1] == "十" ? Numerals.chineseDigit(text[position]) : nil)
            : (Numerals.arabicDigit(text[position + 1]) == 0 ? Numerals.arabicDigit(text[position]) : nil)
        guard let tens, tens > 0 else { return nil }
        return (century + tens * 10, position + 4)
    }

    /// `2016—2020年` is one range; `2016、2017年` and `2016和2017年` are two years.
    private func sharedYearMentions(_ text: Text, first: Int, at index: Int, digitsEnd: Int) -> [ScannedDate]? {
        let range = rangeSeparator(text, at: digitsEnd)
        let list = Self.listSeparators.first { text.has($0, at: digitsEnd) }.map { digitsEnd + $0.unicodeScalars.count }
        guard let next = range ?? list, let (second, secondEnd) = Numerals.year(in: text, at: next),
              secondEnd < text.count, text[secondEnd] == "年", second > first
        else { return nil }
        if range != nil {
            return [mention(text, index..<(secondEnd + 1), .absolute, Parts(year: first), end: Parts(year: second))]
        }
        let firstRole = role(text, start: index, end: secondEnd + 1, yearOnly: true)
        return [
            ScannedDate(range: index..<digitsEnd,
                        expression: DateExpression(anchor: .absolute, start: Parts(year: first)), role: firstRole),
            mention(text, next..<(secondEnd + 1), .absolute, Parts(year: second), end: nil),
        ]
    }

    /// `同年`, `同年10月`, `次年`, `今年8月`, `去年`, `上月`, `同月12日`: dates that lean on another date.
    private func relativeMention(_ text: Text, at index: Int) -> ScannedDate? {
        // Most characters start no relative word: one set lookup instead of trying each word.
        guard index < text.count, Self.relativeWordStarts.contains(text[index]),
              let word = Self.relativeWords.first(where: { text.has($0.word, at: index) }),
              !word.notAfter.contains(where: { text.has($0, endingAt: index) }),
              !word.notBefore.contains(where: { text.has($0, at: index + 2) })
        else { return nil }
        var end = index + 2
        var parts = Parts()
        if word.isDay {
            // 昨天上午, 当晚: a day names all it needs.
        } else if word.isMonth {
            if let (day, dayEnd) = day(text, at: end) {
                parts.day = day
                end = dayEnd
            }
        } else if let monthDay = monthDay(text, at: end) ?? partOfYear(text, at: end) {
            return finish(text, start: index, monthDay: monthDay, anchor: word.anchor, year: nil)
        } else if let (name, festivalEnd, _) = festival(text, at: end) {
            parts.festival = name.festival
            end = festivalEnd
        } else if let (season, seasonEnd) = season(text, at: end) {
            parts.season = season
            end = seasonEnd
        } else if word.needsPart {
            // 今年 alone is the year under way, not a moment in it: 今年流转了380亩稻田.
            return nil
        } else if word.needsMore && !text.has(anyOf: Self.clauseCommas, at: end) {
            // 当年 alone is more often "in those days" than "that year".
            return nil
        } else if isAge(text, at: end) {
            // 今年78岁
            return nil
        }
        return finish(text, start: index, end: end, anchor: word.anchor, parts: parts)
    }

    /// `10月9日`, `3月` without a year. Chinese numerals need the day (`十月` alone is as likely a name: 十月革命).
    private func bareMonthMention(_ text: Text, at index: Int) -> ScannedDate? {
        guard Numerals.small(in: text, at: index) != nil,
              !Self.countsBefore.contains(where: { text.has($0, endingAt: index) }),
              !text.has("年", endingAt: index),
              let monthDay = monthDay(text, at: index),
              monthDay.start.day != nil || !Numerals.isChinese(text, at: index)
        else { return nil }
        return finish(text, start: index, monthDay: monthDay, anchor: .unstated, year: nil)
    }

    /// `17日晚`, `继27日`: a day without a month, in Arabic digits and with 日 (`5号` is as often a berth or a
    /// building, and `十日` a length of time). Not after words that count (`连续3日`) or number (`第3日`).
    private func bareDayMention(_ text: Text, at index: Int) -> ScannedDate? {
        guard let (day, dayEnd) = Numerals.small(in: text, at: index), !Numerals.isChinese(text, at: index),
              text.has("日", at: dayEnd),
              !Self.countsBefore.contains(where: { text.has($0, endingAt: index) }),
              !text.has(anyOf: ["年", "月", "数", "几", "半"], endingAt: index),
              !Self.withinDays.contains(where: { text.has($0, at: dayEnd + 1) })
        else { return nil }
        return finish(text, start: index, end: dayEnd + 1, anchor: .unstatedMonth, parts: Parts(day: day))
    }

    /// `一季度，…`, `上半年，…`: a part of a year without its year, when it opens a clause. Inside one it is as
    /// often a label (`发布一季度经济运行数据`).
    private func barePartOfYearMention(_ text: Text, at index: Int) -> ScannedDate? {
        guard index == 0 || Self.clauseOpeners.contains(text[index - 1]),
              let part = partOfYear(text, at: index)
        else { return nil }
        return finish(text, start: index, monthDay: part, anchor: .unstated, year: nil)
    }

    // MARK: Pieces

    /// A month, optionally with its day, or a range of months or days sharing one 月 or 日:
    /// `11月`, `11月6日`, `九月`, `7—8月`, `10月10—11日`. `next` is the index after it.
    private func monthDay(_ text: Text, at index: Int) -> (start: Parts, end: Parts?, next: Int)? {
        guard let (month, monthEnd) = Numerals.small(in: text, at: index), month <= 12 else { return nil }
        if let separator = rangeSeparator(text, at: monthEnd), let (last, lastEnd) = Numerals.small(in: text, at: separator),
           month < last, last <= 12, text.has("月", at: lastEnd) {
            return (Parts(month: month), Parts(month: last), afterMonth(text, lastEnd))
        }
        guard text.has("月", at: monthEnd) else { return nil }
        let end = afterMonth(text, monthEnd)
        if let (day, dayEnd) = day(text, at: end) {
            return (Parts(month: month, day: day), nil, dayEnd)
        }
        if let (first, firstEnd) = Numerals.small(in: text, at: end), let separator = rangeSeparator(text, at: firstEnd),
           let (last, lastEnd) = day(text, at: separator), first < last {
            return (Parts(month: month, day: first), Parts(day: last), lastEnd)
        }
        return (Parts(month: month), nil, end)
    }

    /// `上半年`, `第三季度`, `前三季度` right after 年, as the range of months it covers.
    private func partOfYear(_ text: Text, at index: Int) -> (start: Parts, end: Parts?, next: Int)? {
        guard let part = Self.partsOfYear.first(where: { text.has($0.word, at: index) }) else { return nil }
        return (Parts(month: part.months.lowerBound), Parts(month: part.months.upperBound),
                index + part.word.unicodeScalars.count)
    }

    /// The index after 月 at `index`, and after 份 when it follows (6月份).
    private func afterMonth(_ text: Text, _ index: Int) -> Int {
        text.has("份", at: index + 1) ? index + 2 : index + 1
    }

    /// 今年78岁: a number of years followed by 岁.
    private func isAge(_ text: Text, at index: Int) -> Bool {
        var end = index
        while end < text.count, Numerals.continuesNumber(text[end], chinese: Numerals.isChinese(text, at: end)) {
            end += 1
        }
        return end > index && text.has("岁", at: end)
    }

    /// `6日`, `6号`: a day of the month and the index after it.
    private func day(_ text: Text, at index: Int) -> (Int, Int)? {
        guard let (day, end) = Numerals.small(in: text, at: index), text.has(anyOf: ["日", "号"], at: end) else { return nil }
        return (day, end + 1)
    }

    /// `春`, `春季`, `秋天`, `初` (年初), `底`/`末` (年底), right after 年; not 春节, 冬奥会, 初步.
    private func season(_ text: Text, at index: Int) -> (TimelineDate.Season, Int)? {
        guard index < text.count, let season = Self.seasons[text[index]],
              !(Self.notSeason[text[index]] ?? []).contains(where: { text.has($0, at: index + 1) })
        else { return nil }
        return (season, text.has(anyOf: ["季", "天"], at: index + 1) ? index + 2 : index + 1)
    }

    /// The index after a range separator (至, 到, dashes, tildes), or nil.
    func rangeSeparator(_ text: Text, at index: Int) -> Int? {
        guard index < text.count, Self.rangeSeparators.contains(text[index]), !text.has("今", at: index + 1) else { return nil }
        // ——, a doubled dash, is one separator.
        return index + 1 < text.count && text[index + 1] == text[index] && text[index] != "至" && text[index] != "到"
            ? index + 2 : index + 1
    }

    /// A range's end after `end`, taking the pieces it leaves out from the start.
    private func rangeEnd(_ text: Text, at index: Int, start: Parts) -> (Parts, Int)? {
        guard let next = rangeSeparator(text, at: index) else { return nil }
        if let (year, yearEnd) = Numerals.year(in: text, at: next), text.has("年", at: yearEnd) {
            var parts = Parts(year: year)
            var end = yearEnd + 1
            if start.month != nil, let monthDay = monthDay(text, at: end), monthDay.end == nil {
                parts.month = monthDay.start.month
                parts.day = monthDay.start.day
                end = monthDay.next
            }
            return (parts, end)
        }
        if start.month != nil, let monthDay = monthDay(text, at: next), monthDay.end == nil {
            return (monthDay.start, monthDay.next)
        }
        if start.day != nil, let (day, end) = day(text, at: next) {
            return (Parts(day: day), end)
        }
        return nil
    }

    /// The mention of a month or a range of months or days, with the year the text gave.
    private func finish(_ text: Text, start: Int, monthDay: (start: Parts, end: Parts?, next: Int),
                        anchor: DateExpression.Anchor, year: Int?) -> ScannedDate {
        var parts = monthDay.start
        parts.year = year
        if let end = monthDay.end {
            return mention(text, start..<monthDay.next, anchor, parts, end: end)
        }
        return finish(text, start: start, end: monthDay.next, anchor: anchor, parts: parts)
    }

    /// The mention from `start` to `end`, extended by a range's end when one follows, with its role.
    func finish(_ text: Text, start: Int, end: Int, anchor: DateExpression.Anchor, parts: Parts) -> ScannedDate {
        if let (endParts, rangeEnd) = rangeEnd(text, at: end, start: parts) {
            return mention(text, start..<rangeEnd, anchor, parts, end: endParts)
        }
        return mention(text, start..<end, anchor, parts, end: nil)
    }

    func mention(_ text: Text, _ range: Range<Int>, _ anchor: DateExpression.Anchor, _ parts: Parts,
                         end: Parts?) -> ScannedDate {
        let yearOnly = parts.month == nil && parts.season == nil && parts.festival == nil
            && (end == nil || end?.month == nil)
        return ScannedDate(range: range, expression: DateExpression(anchor: anchor, start: parts, end: end),
                           role: role(text, start: range.lowerBound, end: range.upperBound, yearOnly: yearOnly))
    }

    /// Whether the words around a date make it an event, a period, a goal or a dateline.
    func role(_ text: Text, start: Int, end: Int, yearOnly: Bool) -> ScannedDate.Role {
        if text.has("电", at: end) { return .dateline }
        if text.has(anyOf: ["由", "从"], endingAt: start) && text.has("的", at: end)
            || text.has(anyOf: Self.comparisonsBefore, endingAt: start) {
            return .base
        }
        if text.has(anyOf: Self.referencesBefore + Self.goalsBefore, endingAt: start)
            || text.has("将", at: end) || text.has("起将", at: end) {
            return .reference
        }
        if text.has(anyOf: ["到", "至"], endingAt: start)
            && !Self.eventsBefore.contains(where: { text.has($0, endingAt: start) }) {
            return .reference
        }
        // 8月下旬以来: the part of the month goes with the date.
        let end = end + (Self.partsOfMonth.first { text.has($0, at: end) }?.unicodeScalars.count ?? 0)
        if Self.periodsAfter.contains(where: { text.has($0, at: end) })
            && !Self.notPeriodsAfter.contains(where: { text.has($0, at: end) }) {
            return .period
        }
        if yearOnly && Self.measuresAfterYear.contains(where: { text.has($0, at: end) }) { return .period }
        return .event
    }

    // MARK: Words

    private struct RelativeWord {
        var word: String
        var anchor: DateExpression.Anchor
        /// Words this one must not end (不同年 is "different", not "the same year").
        var notAfter: [String] = []
        /// Words that must not follow it (同年龄 is "of the same age").
        var notBefore: [String] = []
        /// Whether it needs a month, a season or a comma after it to be a date.
        var needsMore = false
        /// Whether it needs a month, a season or a part of the year after it to be a date.
        var needsPart = false

        /// 昨天, 当晚, 次日: words for a day, which nothing needs to follow.
        var isDay: Bool {
            switch anchor {
            case .articleDay, .previousDay, .previousOrArticleDay: true
            default: false
            }
        }

        /// 同月, 本月: words for a month, which a day may follow.
        var isMonth: Bool {
            switch anchor {
            case .previousMonth, .articleMonth: true
            default: false
            }
        }
    }

    /// The first scalar of each of `relativeWords`.
    private static let relativeWordStarts = ScalarSet(relativeWords.compactMap(\.word.unicodeScalars.first))

    /// Every scalar a reader of `datesStarting` can begin with: digits (a year, a month, a day, a decade),
    /// 十 (a month or day in Chinese), 上 (上世纪), the first scalars of relative words, festivals and
    /// parts of a year, and an opening bracket (a life span). Elsewhere every reader gives up, so `scan`
    /// passes the scalar without asking them: the readers' calls and the empty results they copied were
    /// a twentieth of a cold build's analysis.
    static let dateStarts: ScalarSet = ScalarSet((0x30...0x39).compactMap(Unicode.Scalar.init))
        .union((0xFF10...0xFF19).compactMap(Unicode.Scalar.init))
        .union(["〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "上", "（", "("])
        .union(relativeWordStarts)
        .union(festivalStarts)
        .union(partsOfYear.compactMap(\.word.unicodeScalars.first))

    private static let relativeWords: [RelativeWord] = [
        RelativeWord(word: "同年", anchor: .previousYear(years: 0), notAfter: ["不", "相", "共", "一", "同"],
                     notBefore: ["龄", "代", "级", "纪", "份", "轻", "生"]),
        RelativeWord(word: "当年", anchor: .previousYear(years: 0), needsMore: true),
        RelativeWord(word: "次年", anchor: .previousYear(years: 1),
                     notAfter: ["每", "首", "这", "那", "该", "此", "上", "下", "多", "几", "一", "两", "二", "三"],
                     notBefore: ["会", "级"]),
        RelativeWord(word: "翌年", anchor: .previousYear(years: 1)),
        RelativeWord(word: "今年", anchor: .articleYear(years: 0), notBefore: ["以来", "来", "是", "同期"], needsPart: true),
        // A year compared with (比去年, 与去年相比) is a yardstick, not an event; 去年的笋价 is last year's price,
        // an attribute of a noun, not the time of the clause.
        RelativeWord(word: "去年", anchor: .articleYear(years: -1), notAfter: ["过", "比", "与", "较", "于"],
                     notBefore: ["以来", "来", "同期", "的"]),
        RelativeWord(word: "前年", anchor: .articleYear(years: -2), notAfter: ["年", "提", "之", "以", "多", "几"],
                     notBefore: ["的"]),
        RelativeWord(word: "同月", anchor: .previousMonth, notAfter: ["不", "相", "同年"]),
        RelativeWord(word: "当月", anchor: .previousMonth, notAfter: ["每"]),
        RelativeWord(word: "本月", anchor: .articleMonth(months: 0)),
        RelativeWord(word: "上月", anchor: .articleMonth(months: -1)),
        RelativeWord(word: "今天", anchor: .articleDay(days: 0), notBefore: ["是"]),
        RelativeWord(word: "今日", anchor: .articleDay(days: 0), notBefore: ["是"]),
        RelativeWord(word: "昨天", anchor: .articleDay(days: -1)),
        RelativeWord(word: "昨日", anchor: .articleDay(days: -1)),
        RelativeWord(word: "昨晚", anchor: .articleDay(days: -1)),
        RelativeWord(word: "前天", anchor: .articleDay(days: -2), notAfter: ["提"]),
        RelativeWord(word: "当天", anchor: .previousDay(days: 0), notAfter: ["每", "）", ")"] + holidayEnds),
        RelativeWord(word: "当日", anchor: .previousDay(days: 0), notAfter: ["每", "）", ")"] + holidayEnds),
        RelativeWord(word: "当晚", anchor: .previousDay(days: 0), notAfter: ["每"] + holidayEnds),
        RelativeWord(word: "次日", anchor: .previousDay(days: 1), notAfter: ["每"]),
        RelativeWord(word: "翌日", anchor: .previousDay(days: 1)),
        // 美好明天 is the future in general, not the day after.
        RelativeWord(word: "明天", anchor: .previousOrArticleDay(days: 1), notAfter: ["好", "的"]),
        RelativeWord(word: "明日", anchor: .previousOrArticleDay(days: 1), notAfter: ["好", "的"]),
    ]

    /// Before a number, these make it a count of years: 近2000年, 连续8年, 第N年.
    package static let countsBefore = [
        "近", "约", "连续", "长达", "历时", "时隔", "历经", "经过", "整整", "足足", "将近", "超过", "逾", "第", "每",
        "用了", "花了", "为期", "持续", "共", "达", "过去",
    ]
    /// After 年, these make the number a length of time (2000年历史, 1000年之久); a round 1990年代 is read as a decade first.
    private static let measuresAfterYear = [
        "多", "余", "之久", "左右", "时间", "的时间", "历史", "的历史", "间", "里", "代",  // 1995年代: no decade
    ]
    /// After a number of days, these make it a length of time: 3日内.
    private static let withinDays = ["内", "之内", "以内", "间", "之间"]
    /// After a date, these make it the edge of a period: 2012年以来, 2016年至今, 2020年前.
    private static let periodsAfter = ["以来", "来", "至今", "到现在", "到目前", "以前", "之前", "前", "以后", "之后", "后"]
    private static let notPeriodsAfter = [
        "来到", "来自", "来华", "来京", "来访", "前后", "前夕", "前往", "前来", "前进", "后来", "后续",
    ]
    /// Before a date, these make it the moment a figure was counted (截至2021年底), or the reporter's own
    /// sourcing (记者1月20日从…获悉), which is not an event of the story.
    private static let referencesBefore = ["截至", "截止", "截止到", "截至到", "记者"]
    /// Before a date, these make it a base a figure is compared with: 比1至2月, 较2019年.
    private static let comparisonsBefore = ["比", "较", "同比"]
    private static let partsOfMonth = ["上旬", "中旬", "下旬"]
    /// What may stand before a clause: punctuation that ends a sentence or a clause, and a line break.
    static let clauseOpeners: ScalarSet = ["，", "。", "；", "！", "？", "：", "\n", "“", "（"]
    private static let partsOfDecade = ["初", "末", "中期", "前期", "后期"]
    /// The last letters of holidays: 春节当天 is the festival's day, already read with the festival. A bracket
    /// too: `1月27日（大年三十）当天` is the day just read.
    private static let holidayEnds = ["节", "午", "秋", "夕", "庆", "明", "宵"]
    /// Before a date, these make it a goal or a plan: 力争2025年, 将于2023年.
    private static let goalsBefore = ["力争", "预计", "计划", "目标", "将于", "将在"]
    /// 到 and 至 before a date make it a goal (到2035年), except in these words.
    private static let eventsBefore = ["直到", "直至", "等到", "一直到", "来到", "回到"]
    /// Parts of a year after 年, as the months they cover; the longer word first (第一季度 before 一季度).
    private static let partsOfYear: [(word: String, months: ClosedRange<Int>)] = [
        ("上半年", 1...6), ("下半年", 7...12), ("前三季度", 1...9),
        ("第一季度", 1...3), ("第二季度", 4...6), ("第三季度", 7...9), ("第四季度", 10...12),
        ("一季度", 1...3), ("二季度", 4...6), ("三季度", 7...9), ("四季度", 10...12),
    ]
    private static let listSeparators = ["、", "和", "及", "与", "以及"]
    private static let clauseCommas: ScalarSet = ["，", ",", "、", "：", ":", " "]
    private static let rangeSeparators: ScalarSet = ["至", "到", "—", "–", "-", "－", "～", "~", "〜"]
    private static let seasons: ScalarMap<TimelineDate.Season> = [
        "春": .spring, "夏": .summer, "秋": .autumn, "冬": .winter, "初": .early, "底": .late, "末": .late,
    ]
    /// Words that begin with a season's character but are not the season: 春节 (January or February), 冬奥会, 初步.
    private static let notSeason: ScalarMap<[String]> = [
        "春": ["节", "运", "晚", "联"],
        "冬": ["奥", "残"],
        "初": ["步", "见", "心", "中", "次", "级", "等", "始", "稿", "审", "创", "衷"],
        "底": ["线", "气", "子", "蕴", "色", "数"],
        "末": ["期"],
    ]
}

extension Array where Element == Unicode.Scalar {
    /// Whether `word` starts at `index`.
    package func has(_ word: String, at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position >= 0, position < count, self[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Whether `word` ends right before `index`.
    package func has(_ word: String, endingAt index: Int) -> Bool {
        has(word, at: index - word.unicodeScalars.count)
    }

    package func has(anyOf scalars: ScalarSet, at index: Int) -> Bool {
        index >= 0 && index < count && scalars.contains(self[index])
    }

    /// The same for a few scalars written where they are asked about (`["（", "("]`).
    package func has(anyOf scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index >= 0 && index < count && scalars.contains(self[index])
    }

    package func has(anyOf words: [String], endingAt index: Int) -> Bool {
        words.contains { has($0, endingAt: index) }
    }
}

import SteleSupport
import SteleText
/// Gives each dated article its year.
///
/// An article's own dates bound it from below: the year is the earliest that puts the dateline on
/// or after every date it mentions (`2021年6月至12月` and `10月9日` → 2022-10-09). Articles of one
/// raw text with the same dateline day came in one day's feed, so they share the latest of their
/// years: a portrait that only mentions 1996 and 2019 is dated with the report beside it.
enum DateInference {
    /// `context` is each article's date from outside its text — a web page's source line, the issue's
    /// masthead — used when the text gives no year, and as the date of an article without a dateline.
    static func assignDates(_ articles: inout [ImportedArticle], datelines: [Dateline?], bounds: [DateBound?],
                            context: [PageDate?] = [], file: String) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let own: [PageDate?] = zip(datelines, bounds).map { dateline, bound in
            guard let dateline, let bound else { return nil }
            return dateline.earliestDate(notBefore: bound.floor)
        }
        for index in articles.indices {
            let outside = index < context.count ? context[index] : nil
            guard let dateline = datelines[index] else {
                if let outside {
                    articles[index].date = outside
                    notes.append(Diagnostic(import: .info, file: file, line: articles[index].line,
                                            "date \(outside.iso): the page's date (its issue or source line); the article has no dateline"))
                }
                continue
            }
            let day = "\(dateline.month)月\(dateline.day)日"
            // The page's own date — its issue, a web page's source line — is the surest: the report was
            // filed on or before it.
            if let outside, let date = dateline.latestDate(notAfter: outside) {
                articles[index].date = date
                notes.append(Diagnostic(import: .info, file: file, line: articles[index].line,
                                        "date \(date.iso): the last \(day) not after the page's date \(outside.iso)"))
                continue
            }
            let sameDay = articles.indices.compactMap { other -> (index: Int, date: PageDate)? in
                guard let date = own[other], datelines[other]?.month == dateline.month,
                      datelines[other]?.day == dateline.day
                else { return nil }
                return (other, date)
            }
            guard let (latest, date) = sameDay.max(by: { $0.date < $1.date }) else {
                notes.append(Diagnostic(import: .warning, file: file, line: articles[index].line,
                                        "no year for dateline \(day): the article mentions no dated year; date left out"))
                continue
            }
            articles[index].date = date
            let message: String
            if latest == index || own[index] == date, let bound = bounds[index] {
                message = "date \(date.iso): the first \(day) not before \(bound.citation)"
            } else {
                let ownYear = own[index].map { "its own dates allow \($0.year) or later" } ?? "it mentions no dated year"
                message = "date \(date.iso): year of the article at line \(articles[latest].line), "
                    + "dated the same day in this file (\(ownYear))"
            }
            notes.append(Diagnostic(import: .info, file: file, line: articles[index].line, message))
        }
        return notes
    }
}

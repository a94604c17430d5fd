import SteleMarkdown

/// One article as search knows it: what its result shows (as the static article list shows it) and
/// the plain text it is found by, taken from the rendered Markdown rather than read back from HTML.
struct SearchDocument: Sendable, Equatable {
    var title: String
    var url: String
    var date: String?
    var subtitle: String?
    var authors: [String] = []
    var tags: [Tag] = []
    var headings: [String] = []
    var paragraphs: [String] = []

    struct Tag: Sendable, Equatable {
        var name: String
        var url: String
    }

    /// The paragraphs a result's snippet is cut from, as many whole ones as fit in `bytes` of UTF-8 and
    /// the next one cut to fit: a long article's fragment stays small, and a match past the cut shows
    /// the article's opening instead.
    func snippetText(bytes: Int) -> [String] {
        var kept: [String] = []
        var left = bytes
        for paragraph in paragraphs where left > 0 {
            if paragraph.utf8.count <= left {
                kept.append(paragraph)
                left -= paragraph.utf8.count
            } else {
                var cut = String.UnicodeScalarView()
                for scalar in paragraph.unicodeScalars {
                    left -= UTF8.width(scalar)
                    if left < 0 { break }
                    cut.append(scalar)
                }
                if !cut.isEmpty { kept.append(String(cut)) }
                left = 0
            }
        }
        return kept
    }

    /// The fragment file's JSON: what a result shows, keys in a fixed order, empty ones left out.
    func fragmentJSON(textBytes: Int) -> String {
        let q = JSONText.quote
        var fields = ["\"title\":\(q(title))", "\"url\":\(q(url))"]
        if let date { fields.append("\"date\":\(q(date))") }
        if let subtitle { fields.append("\"subtitle\":\(q(subtitle))") }
        if !authors.isEmpty { fields.append("\"authors\":[\(authors.map(q).joined(separator: ","))]") }
        if !tags.isEmpty {
            fields.append("\"tags\":[" + tags.map { "[\(q($0.name)),\(q($0.url))]" }.joined(separator: ",") + "]")
        }
        let text = snippetText(bytes: textBytes)
        if !text.isEmpty { fields.append("\"text\":[\(text.map(q).joined(separator: ",\n"))]") }
        return "{" + fields.joined(separator: ",\n") + "}\n"
    }
}

// In an extension, so that the memberwise initialiser stays (tests build documents field by field).
extension SearchDocument {
    /// `page` as its entry in lists (`summary`) shows it, with its text.
    init(page: RenderedPage, summary: ArticleSummaryView) {
        self.init(page: page, url: summary.url, tags: summary.tags.map { Tag(name: $0.name, url: $0.url) })
    }

    init(page: RenderedPage, url: String, tags: [Tag] = []) {
        let frontmatter = page.page.frontmatter
        self.title = page.title
        self.url = url
        self.date = frontmatter.date?.iso
        self.subtitle = frontmatter.subtitle.flatMap { $0.isEmpty ? nil : $0 }
        self.authors = frontmatter.authors
        self.tags = tags
        self.headings = page.markdown.headings.map(\.text)
        // Items of tight lists after the paragraphs: their place among them is not kept, and a snippet
        // shows them only when the paragraphs do not match.
        self.paragraphs = page.markdown.paragraphs.map(\.text) + page.markdown.listItems
    }
}

import SteleMarkdown

/// The search index written to `search.json`: for each term (see `SearchTerms`) the pages containing it
/// and how strongly, for static/search.js to rank pages by the query terms they contain.
///
/// Format (keys in this order, terms sorted, so the bytes are reproducible):
/// `{"docs":[{"title":…,"url":…,"date":…,"summary":…},…],"terms":{"党建":[0,12,3,1],…}}` where each term
/// maps to pairs of document number and weight (occurrences in the text, plus `titleWeight` for each in
/// the title).
struct SearchIndex {
    package static let path = "search.json"
    /// A term in the title counts as much as this many in the text.
    static let titleWeight = 10

    struct Document {
        package var title: String
        package var url: String
        package var date: String?
        package var summary: String
    }

    private(set) var documents: [Document] = []
    /// Term → (document number, weight), by ascending document number.
    private(set) var postings: [String: [(document: Int, weight: Int)]] = [:]

    /// `summaries` by page path, as `SummaryChooser` chose them (chosen here when not given).
    init(pages: [RenderedPage], urls: URLBuilder, summaries: [String: String]? = nil) {
        let summaries = summaries ?? SummaryChooser.summaries(of: pages)
        for (number, page) in pages.enumerated() {
            let frontmatter = page.page.frontmatter
            documents.append(Document(title: page.title, url: urls.url(page.path), date: frontmatter.date?.iso,
                                      summary: summaries[page.path] ?? ""))
            var weights: [String: Int] = [:]
            for term in SearchTerms.terms(in: page.title) { weights[term, default: 0] += Self.titleWeight }
            let text = [frontmatter.subtitle ?? "", frontmatter.authors.joined(separator: " "),
                        frontmatter.tags.joined(separator: " "), HTMLScanner.text(of: page.markdown.html)]
            for term in SearchTerms.terms(in: text.joined(separator: "\n")) { weights[term, default: 0] += 1 }
            for (term, weight) in weights { postings[term, default: []].append((number, weight)) }
        }
    }

    /// The pages containing any term of `query`, those with the most distinct query terms first, then by
    /// weight: what static/search.js computes, here for tests.
    package func search(_ query: String) -> [Document] {
        let terms = Array(Set(SearchTerms.terms(in: query)))
        guard !terms.isEmpty else { return [] }
        var matched: [Int: (terms: Int, weight: Int)] = [:]
        for term in terms {
            for (document, weight) in postings[term] ?? [] {
                let current = matched[document] ?? (0, 0)
                matched[document] = (current.terms + 1, current.weight + weight)
            }
        }
        return matched
            .sorted { ($0.value.terms, $0.value.weight, -$0.key) > ($1.value.terms, $1.value.weight, -$1.key) }
            .map { documents[$0.key] }
    }

    package func file() -> OutputFile {
        let q = JSONText.quote
        var json = "{\"docs\":["
        json += documents.map { document in
            var fields = ["\"title\":\(q(document.title))", "\"url\":\(q(document.url))"]
            if let date = document.date { fields.append("\"date\":\(q(date))") }
            fields.append("\"summary\":\(q(document.summary))")
            return "\n{" + fields.joined(separator: ",") + "}"
        }.joined(separator: ",")
        json += "],\n\"terms\":{"
        json += postings.keys.sorted().map { term in
            let list = (postings[term] ?? []).map { "\($0.document),\($0.weight)" }.joined(separator: ",")
            return "\n\(q(term)):[\(list)]"
        }.joined(separator: ",")
        json += "}}\n"
        return OutputFile(path: Self.path, text: json)
    }
}

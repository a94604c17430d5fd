import SteleSupport

/// The search index, written as a static index in shards that static/search.js fetches only as a query
/// needs them (the way Pagefind does), so a search on a site of 10,000 articles transfers a few files of
/// some kilobytes each rather than the whole index.
///
/// Files, all under `search/`, every byte reproducible (terms sorted, fixed key order):
/// - `index.json`, the manifest: `{"version":1,"docs":N,"shards":S,"hash":"fnv1a32","cap":500,…}`.
/// - `terms/<s>.json`, the term shards: `{"党建":[3,12,2,1,…],…}`. Term `t` is in shard
///   `SearchHash.shard(of: t, count: S)`. Each term maps to pairs of document number and weight, by
///   ascending document number, each number written as the difference from the one before.
/// - `docs/<d>.json`, one fragment per document (see `SearchDocument.fragmentJSON`): what its result
///   shows and the text a snippet is cut from. Only the results shown are fetched.
///
/// Document numbers follow the site's article order, newest first.
struct SearchIndex: Sendable {
    static let folder = "search/"
    static let manifestPath = folder + "index.json"
    static let format = 1
    /// A term in the title counts as much as this many in the text; in a heading, the subtitle, an
    /// author or a tag, `headingWeight` as many.
    static let titleWeight = 10
    static let headingWeight = 3
    /// Each term keeps only the documents where it weighs most, so that a character in every article
    /// (的, 在) does not make a shard of 10,000 postings. A query for such a character alone lists these
    /// documents only, and a word whose pairs are all that common may miss a page that has it.
    static let postingsCap = 500
    /// How large a term shard should be: the shard count is the whole index's size over this.
    static let shardBytes = 8_000
    /// How much of an article's text (UTF-8 bytes) its fragment holds for snippets.
    static let fragmentTextBytes = 6_000
    /// How many results are shown, and fetched, at a time.
    static let resultsShown = 10

    /// A document a term is in, and the term's weight there. Held as two 32-bit numbers: before each
    /// term's list is capped, a 10,000-article index holds some ten million of them.
    struct Posting: Sendable, Equatable {
        private let storedDocument: Int32
        private let storedWeight: Int32

        var document: Int { Int(storedDocument) }
        var weight: Int { Int(storedWeight) }

        init(document: Int, weight: Int) {
            storedDocument = Int32(clamping: document)
            storedWeight = Int32(clamping: weight)
        }
    }

    /// How many documents' terms are weighed at once before they join the postings: each document's
    /// term table is dropped once added, so that 10,000 of them (a quarter of a gigabyte) are never
    /// held together.
    static let batchSize = 256

    private(set) var documents: [SearchDocument]
    /// Term → the documents it is in, by ascending document number; at most `postingsCap` of them. Terms
    /// are keyed by their bytes (`TextKey`), and by `SearchTerm` while documents are weighed: hashing
    /// them as `String`s was most of weighing a document.
    private(set) var postings: [TextKey: [Posting]] = [:]
    /// Each term's entry in its shard, `"term":[…]`, by term.
    private let entries: [TextKey: String]
    let shardCount: Int

    init(documents: [SearchDocument]) {
        var all = SearchTermTable<[Posting]>(capacity: 1 << 16)
        for (number, document) in documents.enumerated() { Self.add(Self.weights(of: document), of: number, to: &all) }
        self.init(documents: documents, postings: all)
    }

    /// The index of `documents`, their terms weighed on all cores, `batchSize` at a time: splitting the
    /// text is most of the work.
    static func make(documents: [SearchDocument]) async -> SearchIndex {
        var all = SearchTermTable<[Posting]>(capacity: 1 << 16)
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = documents[start..<min(start + batchSize, documents.count)]
            for (offset, weights) in await Array(batch).concurrentMap({ Self.weights(of: $0) }).enumerated() {
                add(weights, of: start + offset, to: &all)
            }
        }
        return SearchIndex(documents: documents, postings: all)
    }

    /// Adds document `number`'s terms and weights (`weights(of:)`) to the postings; documents are added
    /// in order, so each list stays sorted by document.
    ///
    /// A list that reaches twice `postingsCap` is cut back to its capped form at once: the heaviest
    /// documents of the whole are among the heaviest of the part seen so far and the rest, so the
    /// result is the same, and a term in every article holds a thousand postings, not 10,000.
    private static func add(_ weights: SearchTermTable<Int>, of number: Int, to all: inout SearchTermTable<[Posting]>) {
        for (term, weight) in zip(weights.terms, weights.values) {
            all.update(term, initial: []) { append(Posting(document: number, weight: weight), to: &$0) }
        }
    }

    private static func append(_ posting: Posting, to list: inout [Posting]) {
        list.append(posting)
        if list.count >= 2 * postingsCap { list = capped(list) }
    }

    /// The `postingsCap` heaviest of `list` (the earlier document first among equal weights), by document.
    private static func capped(_ list: [Posting]) -> [Posting] {
        guard list.count > postingsCap else { return list }
        return Array(list.sorted { ($0.weight, -$0.document) > ($1.weight, -$1.document) }.prefix(postingsCap)
            .sorted { $0.document < $1.document })
    }

    /// The index of `documents` from every term's postings.
    private init(documents: [SearchDocument], postings weighed: SearchTermTable<[Posting]>) {
        var all: [TextKey: [Posting]] = [:]
        all.reserveCapacity(weighed.count)
        self.documents = documents
        var entries: [TextKey: String] = [:]
        var bytes = 0
        for (weighedTerm, list) in zip(weighed.terms, weighed.values) {
            let term = TextKey(weighedTerm.text)
            let kept = Self.capped(list)
            all[term] = kept
            var entry = JSONText.quote(term.text) + ":["
            var previous = 0
            for (index, posting) in kept.enumerated() {
                if index > 0 { entry += "," }
                entry += String(posting.document - previous)
                entry += ","
                entry += String(posting.weight)
                previous = posting.document
            }
            entry += "]"
            bytes += entry.utf8.count + 2
            entries[term] = entry
        }
        self.postings = all
        self.entries = entries
        self.shardCount = max(1, (bytes + Self.shardBytes - 1) / Self.shardBytes)
    }

    /// Each term of `document` and its weight there: title above headings above text.
    static func weights(of document: SearchDocument) -> SearchTermTable<Int> {
        var weights = SearchTermTable<Int>(capacity: 1024)
        func add(_ text: String, _ weight: Int) {
            SearchTerms.forEachIndexTerm(in: text) { weights.update($0, initial: 0) { $0 += weight } }
        }
        add(document.title, titleWeight)
        for text in document.headings + document.authors + document.tags.map(\.name) { add(text, headingWeight) }
        if let subtitle = document.subtitle { add(subtitle, headingWeight) }
        for paragraph in document.paragraphs { add(paragraph, 1) }
        return weights
    }

    // MARK: Querying, as static/search.js does

    /// The numbers of the documents matching `query`, best first: a document matches a word when it has
    /// every term of the word (every pair of 基层党建), weighing as much as its lightest one there;
    /// documents matching more of the query's words come first, then the heavier, then the newer.
    func ranked(_ query: String) -> [Int] {
        var matched: [Int: (words: Int, weight: Int)] = [:]
        for word in SearchTerms.words(in: query) {
            var weights: [Int: Int]?
            for term in word.terms {
                var next: [Int: Int] = [:]
                for posting in postings[TextKey(term)] ?? [] {
                    if let weights {
                        if let weight = weights[posting.document] { next[posting.document] = min(weight, posting.weight) }
                    } else {
                        next[posting.document] = posting.weight
                    }
                }
                weights = next
            }
            for (document, weight) in weights ?? [:] {
                let current = matched[document] ?? (0, 0)
                matched[document] = (current.words + 1, current.weight + weight)
            }
        }
        return matched
            .sorted { ($0.value.words, $0.value.weight, -$0.key) > ($1.value.words, $1.value.weight, -$1.key) }
            .map(\.key)
    }

    /// The documents matching `query`, best first.
    func search(_ query: String) -> [SearchDocument] {
        ranked(query).map { documents[$0] }
    }

    /// The files a browser fetches to show the first results of `query`: the manifest, the shards of
    /// the query's terms, and the fragments of the results shown.
    func fetches(for query: String, shown: Int = resultsShown) -> [String] {
        let terms = SearchTerms.words(in: query).flatMap(\.terms)
        let shards = Set(terms.map { SearchHash.shard(of: $0, count: shardCount) }).sorted()
        return [Self.manifestPath] + shards.map(Self.shardPath) + ranked(query).prefix(shown).map(Self.fragmentPath)
    }

    // MARK: Files

    static func shardPath(_ shard: Int) -> String { folder + "terms/\(shard).json" }
    static func fragmentPath(_ document: Int) -> String { folder + "docs/\(document).json" }

    /// The manifest, every shard (an empty one as `{}`, so that no fetch fails) and every fragment.
    func files() -> [OutputFile] {
        outputs().map { output in
            switch output {
            case let .deferredFile(_, make): make()
            case let .file(file): file
            default: preconditionFailure("the search index makes files only")
            }
        }
    }

    /// `files()` as a producer gives them: each fragment made only when it is written.
    func outputs() -> [PageOutput] {
        let manifest = "{\"version\":\(Self.format),\"docs\":\(documents.count),\"shards\":\(shardCount),"
            + "\"hash\":\"fnv1a32\",\"cap\":\(Self.postingsCap),\"shown\":\(Self.resultsShown),"
            + "\"terms\":\"terms/\",\"fragments\":\"docs/\"}\n"
        var shards = [[String]](repeating: [], count: shardCount)
        // By bytes, which for text in NFC is the order of `String`.
        for term in entries.keys.sorted() {
            shards[SearchHash.shard(of: term.text, count: shardCount)].append(entries[term]!)
        }
        return [.file(OutputFile(path: Self.manifestPath, text: manifest))]
            + shards.enumerated().map { shard, lines in
                .file(OutputFile(path: Self.shardPath(shard), text: "{" + lines.joined(separator: ",\n") + "}\n"))
            }
            + documents.enumerated().map { number, document in
                let path = Self.fragmentPath(number)
                return .deferredFile(path: path) {
                    OutputFile(path: path, text: document.fragmentJSON(textBytes: Self.fragmentTextBytes))
                }
            }
    }
}

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
public struct SearchIndex: Sendable {
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

        /// The posting as one number, larger for a heavier posting and, among equal weights, for the
        /// earlier document. Sorting these is integer work; comparing pairs of weights and documents in
        /// a closure was a percent of a build.
        var heavinessKey: UInt64 {
            let weight = UInt32(bitPattern: storedWeight) ^ 0x8000_0000  // negative weights below positive ones
            return UInt64(weight) << 32 | UInt64(UInt32.max - UInt32(bitPattern: storedDocument))
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
    private var entries: [TextKey: String]
    /// The entries' bytes in their shards (each with the `,\n` after it), which the shard count follows.
    private var entryBytes: Int
    private(set) var shardCount: Int
    /// Each shard's terms, ordered by their bytes (for text in NFC, the order of `String`).
    private var shardTerms: [[TextKey]]

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
        if list.count == postingsCap + 1 {
            // One over (a document put into a full list): the lightest goes, the later among equals.
            var kept = list
            let lightest = kept.indices.min { kept[$0].heavinessKey < kept[$1].heavinessKey }!
            kept.remove(at: lightest)
            return kept
        }
        // The lightest key kept: the keys are distinct (so are the documents), and filtering keeps the
        // list's order by document.
        var keys = list.map(\.heavinessKey)
        keys.sort()
        let lightestKept = keys[keys.count - postingsCap]
        return list.filter { $0.heavinessKey >= lightestKept }
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
            let entry = Self.entry(term, kept)
            bytes += entry.utf8.count + 2
            entries[term] = entry
        }
        self.postings = all
        self.entries = entries
        entryBytes = bytes
        shardCount = Self.shardCount(bytes: bytes)
        shardTerms = Self.shardTerms(entries.keys, count: shardCount)
    }

    private static func shardCount(bytes: Int) -> Int { max(1, (bytes + shardBytes - 1) / shardBytes) }

    private static func shardTerms(_ terms: some Sequence<TextKey>, count: Int) -> [[TextKey]] {
        var shards = [[TextKey]](repeating: [], count: count)
        for term in terms.sorted() { shards[SearchHash.shard(of: term.text, count: count)].append(term) }
        return shards
    }

    /// A term's entry in its shard: `"term":[…]`, each document written as the difference from the one before.
    ///
    /// Written as bytes, each number's digits directly: an edit under `stele serve` writes again the
    /// entries of some 1,500 terms, many with `postingsCap` documents.
    private static func entry(_ term: TextKey, _ postings: [Posting]) -> String {
        var bytes = Array((JSONText.quote(term.text) + ":[").utf8)
        bytes.reserveCapacity(bytes.count + postings.count * 8 + 1)
        var previous = 0
        for (index, posting) in postings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendDecimal(posting.document - previous)
            bytes.append(UInt8(ascii: ","))
            bytes.appendDecimal(posting.weight)
            previous = posting.document
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Puts `document` in place of document `number`: its terms' postings and entries made again, the
    /// rest as they were. What `stele serve` shows at once after an edit (`SearchPage.outputs(for:replacingArticlesAt:)`).
    ///
    /// The same index as one made anew, except for a term whose list was capped: a document that falls
    /// out of its heaviest `postingsCap` leaves it one short, since the documents capped out before are
    /// not kept to take its place. The full build mends that.
    ///
    /// Returns the shards whose files changed; nil when the number of shards did, and with it every shard.
    @discardableResult
    mutating func replaceDocument(_ number: Int, with document: SearchDocument) -> Set<Int>? {
        let old = Self.weights(of: documents[number])
        let new = Self.weights(of: document)
        documents[number] = document
        // A term the document weighs as before keeps its postings and its entry: an edit of one
        // paragraph changes the weights of few of the article's terms.
        var before = Dictionary(zip(old.terms.map { TextKey($0.text) }, old.values)) { first, _ in first }
        var weighed: [(key: TextKey, weight: Int)] = []
        for (term, weight) in zip(new.terms, new.values) {
            let key = TextKey(term.text)
            if before.removeValue(forKey: key) != weight { weighed.append((key, weight)) }
        }
        // The terms it no longer has, and those it weighs differently.
        let touched = Set(before.keys).union(weighed.map(\.key))
        for key in touched { postings[key]?.removeAll { $0.document == number } }
        for (key, weight) in weighed {
            var list = postings[key] ?? []
            let place = list.firstIndex { $0.document > number } ?? list.endIndex
            list.insert(Posting(document: number, weight: weight), at: place)
            postings[key] = Self.capped(list)
        }
        var added: [TextKey] = []
        var dropped: Set<TextKey> = []
        for key in touched {
            let before = entries[key]
            entryBytes -= before.map { $0.utf8.count + 2 } ?? 0
            guard let list = postings[key], !list.isEmpty else {
                postings[key] = nil
                entries[key] = nil
                if before != nil { dropped.insert(key) }
                continue
            }
            let entry = Self.entry(key, list)
            entryBytes += entry.utf8.count + 2
            entries[key] = entry
            if before == nil { added.append(key) }
        }
        let count = Self.shardCount(bytes: entryBytes)
        guard count == shardCount else {
            shardCount = count
            shardTerms = Self.shardTerms(entries.keys, count: count)
            return nil
        }
        for key in dropped {
            shardTerms[SearchHash.shard(of: key.text, count: count)].removeAll { $0 == key }
        }
        for key in added {
            let shard = SearchHash.shard(of: key.text, count: count)
            let place = shardTerms[shard].firstIndex { key < $0 } ?? shardTerms[shard].endIndex
            shardTerms[shard].insert(key, at: place)
        }
        return Set(touched.map { SearchHash.shard(of: $0.text, count: count) })
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
        outputs(shards: nil, fragments: nil)
    }

    /// The manifest, the shards `shards` (nil: all) and the fragments of the documents `fragments` (nil: all).
    func outputs(shards: Set<Int>?, fragments: [Int]?) -> [PageOutput] {
        let manifest = "{\"version\":\(Self.format),\"docs\":\(documents.count),\"shards\":\(shardCount),"
            + "\"hash\":\"fnv1a32\",\"cap\":\(Self.postingsCap),\"shown\":\(Self.resultsShown),"
            + "\"terms\":\"terms/\",\"fragments\":\"docs/\"}\n"
        return [.file(OutputFile(path: Self.manifestPath, text: manifest))]
            + (shards.map { $0.sorted() } ?? Array(shardTerms.indices)).map { shard in
                let lines = shardTerms[shard].map { entries[$0]! }
                return .file(OutputFile(path: Self.shardPath(shard), text: "{" + lines.joined(separator: ",\n") + "}\n"))
            }
            + (fragments ?? Array(documents.indices)).map { number in
                let path = Self.fragmentPath(number), document = documents[number]
                return .deferredFile(path: path) {
                    OutputFile(path: path, text: document.fragmentJSON(textBytes: Self.fragmentTextBytes))
                }
            }
    }
}

import Foundation
@testable import StelePages
import SteleSupport
import Testing

/// The search index keeps its shape on a few hundred generated articles of twelve Chinese paragraphs
/// each: shards split and stay small, a query reads only its own shards and ten fragments, single
/// characters and words are answered with snippets, and what a search transfers stays in budget.
@Suite struct SearchShardTests {
    /// 400, or `STELE_SEARCH_ARTICLES` to see the same shape at another size (10,000 takes minutes in
    /// a debug build).
    static let articleCount = ProcessInfo.processInfo.environment["STELE_SEARCH_ARTICLES"].flatMap(Int.init) ?? 400
    /// What a one- or two-word search may transfer in all, script included, at 10,000 articles.
    static let budget = 150_000

    /// Common characters the generated text is made of, as two- and three-character "words".
    static let characters = Array(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车")
    static let paragraphsPerArticle = 12

    /// Deterministic pseudo-random numbers (a linear congruential generator), so the corpus is the
    /// same on every run.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Article `number`: every seventh has 基层党建 in its ninth paragraph, article 5 in its title; every
    /// one has 医 somewhere only when it is a multiple of 11.
    static func document(_ number: Int) -> SearchDocument {
        var numbers = Numbers(state: UInt64(number) &* 2_654_435_761 &+ 1)
        let pool = characters.filter { $0 != "医" }
        func sentence() -> String {
            String((0..<(8 + numbers.next(20))).map { _ in pool[numbers.next(pool.count)] }) + "。"
        }
        var paragraphs = (0..<paragraphsPerArticle).map { _ in (0..<(4 + numbers.next(4))).map { _ in sentence() }.joined() }
        if number % 7 == 0 { paragraphs[8] = sentence() + "推进基层党建工作。" + sentence() }
        if number % 11 == 0 { paragraphs[3] += "村医上门服务。" }
        return SearchDocument(
            title: number == 5 ? "基层党建的新办法" : "第\(number)篇：" + sentence(), url: "/articles/a\(number)/",
            date: "2022-01-01", subtitle: number % 3 == 0 ? "副标题" : nil, authors: ["记者\(number % 5)"],
            tags: [.init(name: "通讯", url: "/tags/tong-xun/")], headings: ["一、" + sentence()], paragraphs: paragraphs)
    }

    static let documents = (0..<articleCount).map(document)
    static let index = SearchIndex(documents: documents)
    static let files = Dictionary(uniqueKeysWithValues: index.files().map { ($0.path, $0.contents) })
    static let script = DefaultTheme.staticFiles["search.js"]?.count ?? 0

    /// A term's postings as its shard file holds them, differences added back up.
    static func postings(of term: String, inShard data: Data) throws -> [SearchIndex.Posting] {
        let shard = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [Int]])
        let numbers = shard[term] ?? []
        var document = 0
        return stride(from: 0, to: numbers.count, by: 2).map { index in
            document += numbers[index]
            return SearchIndex.Posting(document: document, weight: numbers[index + 1])
        }
    }

    @Test func shardsSplitAndNoFileIsLarge() throws {
        #expect(Self.index.shardCount > 20, "\(Self.index.shardCount) shards")
        let shards = Self.files.filter { $0.key.hasPrefix("search/terms/") }
        let fragments = Self.files.filter { $0.key.hasPrefix("search/docs/") }
        #expect(shards.count == Self.index.shardCount)
        #expect(fragments.count == Self.articleCount)
        let largestShard = shards.values.map(\.count).max() ?? 0
        let largestFragment = fragments.values.map(\.count).max() ?? 0
        #expect(largestShard <= 3 * SearchIndex.shardBytes, "largest shard: \(largestShard) bytes")
        #expect(largestFragment <= SearchIndex.fragmentTextBytes + 1_000, "largest fragment: \(largestFragment) bytes")
        #expect((Self.files[SearchIndex.manifestPath]?.count ?? .max) < 200)
        print("search index of \(Self.articleCount) articles: \(Self.index.shardCount) shards, largest \(largestShard) B, "
              + "largest fragment \(largestFragment) B, all \(Self.files.values.map(\.count).reduce(0, +)) B")
    }

    @Test func aQueryReadsOnlyItsShardsAndTheyAloneAnswerIt() throws {
        for query in ["基层党建", "医", "党建 群众"] {
            let fetched = Self.index.fetches(for: query)
            let words = SearchTerms.words(in: query)
            let shards = fetched.filter { $0.hasPrefix("search/terms/") }
            #expect(shards.count <= words.flatMap(\.terms).count)
            #expect(Set(shards) == Set(words.flatMap(\.terms).map {
                SearchIndex.shardPath(SearchHash.shard(of: $0, count: Self.index.shardCount))
            }))
            for term in words.flatMap(\.terms) {
                let path = SearchIndex.shardPath(SearchHash.shard(of: term, count: Self.index.shardCount))
                let data = try #require(Self.files[path])
                #expect(try Self.postings(of: term, inShard: data) == Self.index.postings[TextKey(term)] ?? [], "\(term)")
            }
            let ranked = Self.index.ranked(query)
            #expect(fetched.filter { $0.hasPrefix("search/docs/") }
                == ranked.prefix(SearchIndex.resultsShown).map(SearchIndex.fragmentPath))
            #expect(fetched.allSatisfy { Self.files[$0] != nil })
        }
    }

    @Test func singleCharactersAndWordsAreAnsweredBestFirst() {
        let cap = SearchIndex.postingsCap
        // 医 is only in the articles that are multiples of 11, and found as a character alone (past the
        // cap, the newest of them).
        let withCharacter = Set(stride(from: 0, to: Self.articleCount, by: 11))
        let character = Self.index.ranked("医")
        #expect(character.count == min(withCharacter.count, cap) && Set(character).isSubset(of: withCharacter))
        // 基层党建: in the title of article 5 first, then the multiples of 7 (some other page may have
        // all its pairs by chance, but none ranks above the title).
        let word = Self.index.ranked("基层党建")
        #expect(word.first == 5)
        let withWord = Set(stride(from: 0, to: Self.articleCount, by: 7))
        if withWord.count < cap { #expect(withWord.isSubset(of: Set(word))) }
        // Two words: pages with both before pages with one.
        let both = Self.index.ranked("基层党建 医")
        let withBoth = Set(stride(from: 0, to: Self.articleCount, by: 77))
        if withCharacter.count <= cap && withWord.count < cap { #expect(Set(both.prefix(withBoth.count)) == withBoth) }
        #expect(Self.index.ranked("医院").isEmpty)
    }

    @Test func snippetsMarkTheMatchAroundItsFirstPlace() throws {
        let document = Self.documents[14]
        let text = document.snippetText(bytes: SearchIndex.fragmentTextBytes)
        let snippet = SearchSnippet(paragraphs: text, words: SearchTerms.words(in: "基层党建"))
        #expect(snippet.marked.contains("推进<mark>基层党建</mark>工作。"))
        #expect(snippet.parts.filter(\.isMatch).count == 1)
        let cut = SearchSnippet(paragraphs: ["前" + String(repeating: "文", count: 100) + "医生" + String(repeating: "字", count: 200)],
                                words: SearchTerms.words(in: "医"))
        #expect(cut.marked == "…" + String(repeating: "文", count: SearchSnippet.before) + "<mark>医</mark>生"
                + String(repeating: "字", count: SearchSnippet.after - 1) + "…")
        // Latin words match whatever their case; a query with no match shows the opening.
        #expect(SearchSnippet(paragraphs: ["Read the Party report."], words: SearchTerms.words(in: "party")).marked
                == "Read the <mark>Party</mark> report.")
        #expect(SearchSnippet(paragraphs: ["开头的一句话。"], words: SearchTerms.words(in: "不在")).marked == "开头的一句话。")
    }

    @Test func aSearchTransfersLittleWhateverTheSiteSize() throws {
        for query in ["党", "医", "基层党建", "基层党建 群众", "组织 建设"] {
            let fetched = Self.index.fetches(for: query)
            let bytes = Self.script + fetched.map { Self.files[$0]?.count ?? 0 }.reduce(0, +)
            print("search \(query): \(fetched.count) files, \(bytes) B with the script (\(Self.script) B)")
            #expect(bytes <= Self.budget, "\(query): \(bytes) bytes")
        }
    }

    @Test func aTermInEveryArticleKeepsOnlyItsHeaviestPostings() {
        let documents = (0..<(SearchIndex.postingsCap + 50)).map { number in
            SearchDocument(title: number == 520 ? "的" : "标题", url: "/a\(number)/", paragraphs: ["的"])
        }
        let index = SearchIndex(documents: documents)
        let postings = index.postings["的"] ?? []
        #expect(postings.count == SearchIndex.postingsCap)
        #expect(postings.contains { $0.document == 520 }, "the heaviest is kept")
        #expect(postings.map(\.document) == postings.map(\.document).sorted())
        #expect(index.ranked("的").first == 520)
    }

    /// Lists are cut back while documents are added, each time one reaches twice the cap: the postings
    /// kept are still the heaviest of all, the earlier document first among equal weights.
    @Test func postingsCutWhileAddingAreTheHeaviestOfAll() async {
        let cap = SearchIndex.postingsCap
        // 的 once in every paragraph; articles hold 1 to 6 paragraphs, so weights tie often, and the
        // heaviest come late (after the first cut) as well as early.
        let counts = (0..<(cap * 5 + 37)).map { number in 1 + (number * 7 + number / 300) % 6 }
        let documents = counts.enumerated().map { number, count in
            SearchDocument(title: "标题", url: "/a\(number)/", paragraphs: Array(repeating: "的", count: count))
        }
        let expected = counts.enumerated().sorted { ($0.element, -$0.offset) > ($1.element, -$1.offset) }
            .prefix(cap).map(\.offset).sorted()
        for index in [SearchIndex(documents: documents), await SearchIndex.make(documents: documents)] {
            let postings = index.postings["的"] ?? []
            #expect(postings.map(\.document) == expected)
            #expect(postings.map(\.weight) == expected.map { counts[$0] })
        }
    }

    @Test func theFilesAreTheSameOnEveryBuild() {
        let again = SearchIndex(documents: Self.documents).files()
        #expect(again.map(\.path) == Self.index.files().map(\.path))
        #expect(again.allSatisfy { Self.files[$0.path] == $0.contents })
    }
}

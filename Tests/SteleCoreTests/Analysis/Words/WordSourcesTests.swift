import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleSupport
@testable import SteleText

@Suite struct WordSourcesTests {

    func load(_ site: URL, defaultDictionary: String = WordSources.debianDictionary) throws -> WordSources {
        try WordSources.load(config: SiteConfig.load(siteDirectory: site), siteDirectory: site,
                             defaultDictionary: defaultDictionary)
    }

    @Test func usesTheDebianDictionaryByDefault() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let sources = try load(site.root)
        #expect(sources.dictionaryPath == WordSources.debianDictionary)
        #expect(sources.idfPath == WordSources.debianIDF)
        #expect(sources.segmenter.tokens(in: "习近平").map(\.text) == ["习近平"])
    }

    @Test func fallsBackToICUWhenNoDictionaryIsFound() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let sources = try load(site.root, defaultDictionary: "/nonexistent/jieba/dict.txt")
        #expect(sources.dictionaryPath == nil)
        #expect(sources.segmenter is ICUWordSegmenter)
        #expect(sources.searchedDictionary == "/nonexistent/jieba/dict.txt")
    }

    @Test func steleYmlNamesAnotherDictionaryRelativeToTheSite() throws {
        let dictionary = try StatsFixtures.text("max-probability.dict.txt")
        let site = try TemporarySite(["stele.yml": "dictionary: dict/small.txt\n", "dict/small.txt": dictionary])
        defer { site.remove() }
        let folder = site.root
        let sources = try load(folder)
        #expect(sources.dictionaryPath == folder.standardizedFileURL.appendingPathComponent("dict/small.txt").path)
        // Pages name it as written, so the built site is the same wherever the site is checked out.
        #expect(sources.shownPath(sources.dictionaryPath) == "dict/small.txt")
        #expect(sources.shownPath(WordSources.debianDictionary) == WordSources.debianDictionary)
        #expect(sources.dictionaryWordCount == 6)
        #expect(sources.segmenter.tokens(in: "研究生命起源").map(\.text) == ["研究", "生命", "起源"])
    }

    @Test func aDictionaryNamedInSteleYmlMustExist() throws {
        let site = try TemporarySite(["stele.yml": "title: x\ndictionary: missing.txt\n"])
        defer { site.remove() }
        let folder = site.root
        let error = #expect(throws: ContentError.self) { try load(folder) }
        #expect(error == .unreadable(SourceLocation(file: "stele.yml", line: 2), reason: "dictionary 'missing.txt' does not exist"))
    }

    @Test func wordsTxtAndTheWordsListBothAddWords() throws {
        let site = try TemporarySite([
            "stele.yml": "words:\n  - 乡村振兴\n  - 路生梅 nr\nstopwords: [全面]\n",
            "words.txt": "# names\n潘从明 nr\n",
        ])
        defer { site.remove() }
        let folder = site.root
        let sources = try load(folder)
        #expect(sources.userWordCount == 3)
        let tokens = sources.segmenter.tokens(in: "潘从明和路生梅全面推进乡村振兴")
        #expect(tokens.map(\.text).contains("潘从明"))
        #expect(tokens.first { $0.text == "路生梅" }?.tag == "nr")
        #expect(tokens.map(\.text).contains("乡村振兴"))
        #expect(sources.stopwords.contains("全面"))
        #expect(sources.stopwords.contains("的"), "the site's stopwords add to the shipped list")
    }

    @Test func aWordsSettingThatIsNoListIsAnError() throws {
        let site = try TemporarySite(["stele.yml": "title: x\nwords:\n  name: 乡村振兴\n"])
        defer { site.remove() }
        let folder = site.root
        let error = #expect(throws: ContentError.self) { try load(folder) }
        #expect(error == .wrongType(SourceLocation(file: "stele.yml", line: 2), key: "words", expected: "a list of words"))
    }

    @Test func aBadLineOfWordsTxtIsReportedWithItsLine() throws {
        let site = try TemporarySite(["words.txt": "乡村振兴\n基层党组织 nt 20\n"])
        defer { site.remove() }
        let folder = site.root
        let error = #expect(throws: ContentError.self) { try load(folder) }
        #expect(error?.location == SourceLocation(file: "words.txt", line: 2))
    }
}

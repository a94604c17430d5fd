import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleText

/// The fixtures under Fixtures/Stats and the jieba dictionary the tests cut words with.
enum StatsFixtures {
    static func url(_ name: String) -> URL { Fixture.url("Stats/\(name)") }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    /// The jieba dictionary Debian's python3-jieba installs (`make` installs it), read once for all tests.
    static func jieba(userWords: [UserWord] = []) throws -> DictionarySegmenter {
        try WordSources.cachedSegmenter(dictionary: WordSources.debianDictionary, userWords: userWords)
    }

    /// The jieba dictionary with jieba's HMMs for the words it lacks, as a site build cuts words.
    static func jiebaWithHMM() throws -> DictionarySegmenter {
        var segmenter = try jieba()
        segmenter.unknownWords = try UnknownWordModel.load(jiebaDirectory: UnknownWordModel.jiebaDirectory)
        return segmenter
    }

    /// A segmenter over a fixture dictionary.
    static func segmenter(_ name: String) throws -> DictionarySegmenter {
        var dictionary = WordDictionary()
        try DictionaryFile.load(data(name), file: name, into: &dictionary)
        return DictionarySegmenter(dictionary: dictionary)
    }
}

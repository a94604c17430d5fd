import Foundation
import SteleSupport

extension WordDictionary {
    /// Where Debian's python3-jieba puts jieba's dictionary (`make` installs it).
    public static let jiebaPath = "/usr/lib/python3/dist-packages/jieba/dict.txt"

    /// Dictionaries read in this process.
    private static let loaded = LoadedFileCache<WordDictionary>()

    /// Lets the dictionaries `load(path:)` read go; the next call reads its file again.
    package static func forgetLoaded() { loaded.removeAll() }

    /// The dictionary file at `path`, read once per process (again only when the file changes).
    public static func load(path: String) throws(WordDataError) -> WordDictionary {
        try loaded.value(readingFileAt: path) { data throws(WordDataError) in
            // jieba's dict.txt (5 MB) holds 350,000 words and about as many prefixes of them.
            var dictionary = WordDictionary(capacity: data.count / 8)
            try DictionaryFile.load(data, file: path, into: &dictionary)
            return dictionary
        }
    }
}

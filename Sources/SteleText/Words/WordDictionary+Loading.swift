import Foundation
import SteleSupport

extension WordDictionary {
    /// Where Debian's python3-jieba puts jieba's dictionary (`make` installs it).
    public static let jiebaPath = "/usr/lib/python3/dist-packages/jieba/dict.txt"

    /// Dictionaries read in this process.
    private static let loaded = LoadedFileCache<WordDictionary>()

    /// The dictionary file at `path`, read once per process (again only when the file changes).
    public static func load(path: String) throws(WordDataError) -> WordDictionary {
        try loaded.value(for: path) { path throws(WordDataError) in
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .unreadable(SourceLocation(file: path), reason: error.localizedDescription)
            }
            // jieba's dict.txt (5 MB) holds 350,000 words and about as many prefixes of them.
            var dictionary = WordDictionary(capacity: data.count / 8)
            try DictionaryFile.load(data, file: path, into: &dictionary)
            return dictionary
        }
    }
}

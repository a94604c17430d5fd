import SteleAnalysis

/// How the statistics page and `stats.json` name a word-data file (the jieba dictionary, the IDF
/// table): by what it is, never by where it lies on the build machine, so that a published site does
/// not show the builder's folders and two machines publish the same bytes.
enum WordDataName: Equatable {
    /// Debian's python3-jieba file at its standard place.
    case debian(file: String)
    /// A file inside the site folder, by its path relative to the site (`data/dict.txt`).
    case site(path: String)
    /// A file elsewhere, by its name only (`dict.txt.big`).
    case other(name: String)

    /// `path` as `StatisticsReport` holds it: relative when inside the site, else absolute.
    init(path: String) {
        if path == WordSources.debianDictionary || path == WordSources.debianIDF {
            self = .debian(file: path == WordSources.debianDictionary ? "dict.txt" : "idf.txt")
        } else if path.hasPrefix("/") {
            self = .other(name: String(path.split(separator: "/").last ?? ""))
        } else {
            self = .site(path: path)
        }
    }

    /// For `stats.json`: `python3-jieba:dict.txt`, `data/dict.txt` or `dict.txt.big`.
    var dataText: String {
        switch self {
        case let .debian(file): "python3-jieba:\(file)"
        case let .site(path): path
        case let .other(name): name
        }
    }
}

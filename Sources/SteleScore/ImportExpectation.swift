import Foundation
import Yams

/// What a correct import of one corpus text is: the sidecar `NAME.expected.yml` beside `NAME.txt`
/// (see Tests/Fixtures/import-corpus/README.md for every key).
public struct ImportExpectation: Sendable {
    public struct Article: Sendable {
        public var title: String
        public var subtitle: String?
        public var series: String?
        public var date: String?
        public var place: String?
        public var agency: String?
        public var authors: [String]
        public var bodyFirst: String?
        public var bodyLast: String?
        /// Joins as written in the sidecar, `前半|后半`.
        public var joins: [String]
        public var captions: [String]
        public var headings: [String]
        public var dropped: [String]
    }

    public var layouts: [String]
    public var articles: [Article]

    /// Reads a sidecar; `file` names it in errors.
    public init(yaml: String, file: String) throws {
        guard let root = try Yams.compose(yaml: yaml), case .mapping = root else {
            throw ScoreError.badSidecar(file: file, problem: "not a mapping")
        }
        layouts = root["layouts"]?.sequence?.compactMap(\.string) ?? []
        guard let articles = root["articles"]?.sequence else {
            throw ScoreError.badSidecar(file: file, problem: "no articles list")
        }
        self.articles = try articles.map { node in
            guard let title = node["title"]?.string else {
                throw ScoreError.badSidecar(file: file, problem: "an article without a title")
            }
            func strings(_ key: String) -> [String] { node[key]?.sequence?.compactMap(\.string) ?? [] }
            return Article(
                title: title, subtitle: node["subtitle"]?.string, series: node["series"]?.string,
                date: node["date"]?.string, place: node["place"]?.string, agency: node["agency"]?.string,
                authors: strings("authors"), bodyFirst: node["body_first"]?.string, bodyLast: node["body_last"]?.string,
                joins: strings("joins"), captions: strings("captions"), headings: strings("headings"),
                dropped: strings("dropped"))
        }
    }
}

/// Why a corpus could not be scored.
public enum ScoreError: Error, CustomStringConvertible {
    case badSidecar(file: String, problem: String)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .badSidecar(file, problem): "\(file): \(problem)"
        case let .unreadable(file, reason): "\(file): cannot read: \(reason)"
        }
    }
}

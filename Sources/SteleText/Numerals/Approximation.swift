/// How a cited figure is approximate, and the word that says so.
public struct Approximation: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// More than the value: 多, 余, 超过, 逾, 以上, 上万; the value is a lower bound.
        case over
        /// Just under the value: 近, 将近, 接近; the value is an upper bound.
        case nearly
        /// Less than the value: 不到, 不足, 以下.
        case under
        /// Around the value: 约, 大约, 左右, 上下, 来.
        case about
        /// Several times the magnitude given: 数百万, 几十; the value is that magnitude.
        case several
        /// Between the value and `upper`: 四五个, 3至5个.
        case range
    }

    public var kind: Kind
    /// The word as written: 多, 近, 左右, 数, 至, or the two numerals of 四五.
    public var word: String

    public init(_ kind: Kind, word: String) {
        self.kind = kind
        self.word = word
    }

    /// Words before a number that make it approximate, longest first so that 将近 is not read as 近.
    package static let prefixes: [(word: String, kind: Kind)] = [
        ("将近", .nearly), ("接近", .nearly), ("大约", .about), ("大概", .about), ("超过", .over), ("不到", .under),
        ("不足", .under), ("近", .nearly), ("约", .about), ("逾", .over), ("数", .several), ("几", .several),
        ("上", .over), ("超", .over),
    ]

    /// Words after a measure word that make the figure approximate.
    package static let suffixes: [(word: String, kind: Kind)] = [
        ("左右", .about), ("上下", .about), ("以上", .over), ("以下", .under), ("多", .over), ("余", .over),
    ]
}

import Foundation
import Testing
@testable import SteleAnalysis
import SteleText

/// The build cache keeps quantities as their fields in a fixed order, written by hand: these tests fail when a
/// field is added to a quantity and not to the stored form, which would otherwise lose it on a warm build.
@Suite struct StoredQuantityTests {
    /// A quantity with every optional field set.
    static let full: ParagraphQuantity = {
        var quantity = Quantity(text: "从近40多道降至10多道", value: -30, upper: 45, approximation: Approximation(.nearly, word: "近"),
                                unit: "道", counts: "工序", group: .other, change: Quantity.Change(from: "40多道", to: "10多道"),
                                start: 12, length: 11)
        quantity.direction = .down
        return ParagraphQuantity(quantity: quantity, paragraph: 7)
    }()

    @Test func everyFieldIsStored() {
        let stored = ArticleQuantities.storedFields
        #expect(Mirror(reflecting: Self.full.quantity).children.count == stored.quantity,
                "a field was added to Quantity: store it in StoredQuantity.swift")
        #expect(Mirror(reflecting: Self.full).children.count == stored.paragraph,
                "a field was added to ParagraphQuantity: store it in StoredQuantity.swift")
        #expect(Mirror(reflecting: ArticleQuantities(articleTitle: "", articlePath: "")).children.count == stored.article,
                "a field was added to ArticleQuantities: store it in StoredQuantity.swift")
    }

    @Test func storedQuantitiesReadBackEqual() throws {
        var bare = Self.full
        bare.quantity = Quantity(text: "12个", value: 12, upper: nil, approximation: nil, unit: "个", counts: nil, group: .other,
                                 change: nil, start: 0, length: 3)
        var fraction = bare
        fraction.quantity.value = Decimal(string: "-0.000123456789012345")!
        let article = ArticleQuantities(articleTitle: "潘从明：十年磨剑", articlePath: "articles/pan/",
                                        list: [Self.full, bare, fraction])
        #expect(try readBack(article) == article)
        #expect(try readBack(ArticleQuantities(articleTitle: "无", articlePath: "articles/none/")).list.isEmpty)
        #expect(article[0].paragraphID == "p-7" && article[0].articlePath == "articles/pan/")
    }
}

/// An article's words, names and figures read back equal.
@Suite struct StoredWordsTests {
    @Test func wordsAndMentionsReadBackEqual() throws {
        var words = ArticleWords(tokens: [], stopwords: [])
        words.wordTokens = 7
        words.contentTokens = 4
        words.counts = ["渡口": 2, "通航": 1, "的": 0]
        words.mentions = [EntityMention(kind: .person, name: "骆琤", hasEvidence: true, isNewWord: true),
                          EntityMention(kind: .place, name: "贡江镇", hasEvidence: false),
                          EntityMention(kind: .organisation, name: "岭川公司", hasEvidence: true)]
        #expect(try readBack(words) == words)
        #expect(Mirror(reflecting: words.mentions[0]).children.count == 4,
                "a field was added to EntityMention: store it in StoredWords.swift")
    }

    @Test func figuresReadBackEqual() throws {
        let figures = ArticleFigures(title: "渡口", path: "articles/dukou/",
                                     figures: TextFigures(paragraphs: ["2016年10月，渡口恢复通航。Ferry 通航"], headings: ["通航"]))
        #expect(try readBack(figures) == figures)
        #expect(Mirror(reflecting: figures).children.count == ArticleFigures.storedFields.article,
                "a field was added to ArticleFigures: store it in StoredFigures.swift")
        #expect(Mirror(reflecting: figures.figures).children.count == ArticleFigures.storedFields.text,
                "a field was added to TextFigures: store it in StoredFigures.swift")
    }
}

/// `value` written as the build cache writes it and read back; the reader must use every byte.
func readBack<Value: EntryCodable>(_ value: Value) throws -> Value {
    var writer = EntryWriter()
    writer.write(value)
    var reader = EntryReader(writer.bytes)
    let read = try reader.read(Value.self)
    #expect(reader.isAtEnd)
    return read
}

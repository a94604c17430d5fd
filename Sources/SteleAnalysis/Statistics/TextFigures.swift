import SteleText

/// The size of a text: characters, paragraphs, sentences, headings and the time it takes to read.
public struct TextFigures: Sendable, Equatable {
    /// Han ideographs.
    public var chineseCharacters = 0
    /// Every character but whitespace: ideographs, punctuation, digits, letters.
    public var characters = 0
    public var paragraphs = 0
    public var sentences = 0
    public var headings = 0
    /// Runs of Latin letters or digits: the words of English text, and numbers such as 51.8 or 2021.
    public var latinWords = 0

    /// Silent reading speed assumed for Chinese, in characters a minute; see docs/statistics.md.
    ///
    /// China's curriculum standard for Chinese asks pupils to read general texts silently at no less than
    /// 300 characters a minute by grades 5–6 and 500 by grades 7–9; 400 sits between the two, for dense
    /// news prose with many names and figures read by adults for understanding.
    public static let charactersPerMinute = 400

    /// Silent reading speed assumed for words written with spaces (English), in words a minute: Brysbaert's
    /// meta-analysis (2019) finds 238 for English non-fiction. A Latin word inside Chinese text costs the same.
    public static let wordsPerMinute = 238

    public init() {}

    /// Minutes to read: Chinese characters at `charactersPerMinute` plus words at `wordsPerMinute`, rounded
    /// up; 0 for an empty text. Counted in whole numbers so that every machine rounds the same way.
    public var readingMinutes: Int {
        let perMinute = Self.charactersPerMinute * Self.wordsPerMinute
        let work = chineseCharacters * Self.wordsPerMinute + latinWords * Self.charactersPerMinute
        return (work + perMinute - 1) / perMinute
    }

    /// Counts `paragraphs` (each one paragraph, its sentences counted) and `headings` (counted as headings,
    /// their characters counted too).
    public init(paragraphs: [String], headings: [String]) {
        self.paragraphs = paragraphs.count
        self.headings = headings.count
        for text in paragraphs {
            count(text)
            sentences += Self.sentenceCount(text)
        }
        for text in headings { count(text) }
    }

    /// The figures of two texts together.
    public static func + (lhs: TextFigures, rhs: TextFigures) -> TextFigures {
        var sum = lhs
        sum.chineseCharacters += rhs.chineseCharacters
        sum.characters += rhs.characters
        sum.paragraphs += rhs.paragraphs
        sum.sentences += rhs.sentences
        sum.headings += rhs.headings
        sum.latinWords += rhs.latinWords
        return sum
    }

    private mutating func count(_ text: String) {
        var inLatinRun = false
        for scalar in text.unicodeScalars {
            if scalar.isWhitespace {
                inLatinRun = false
                continue
            }
            characters += 1
            if scalar.isHan {
                chineseCharacters += 1
                inLatinRun = false
            } else if scalar.isLatinLetter || scalar.digitValue != nil || (inLatinRun && scalar == ".") {
                if !inLatinRun { latinWords += 1 }
                inLatinRun = true
            } else {
                inLatinRun = false
            }
        }
    }

    /// Marks that end a sentence: 。！？ and their ASCII forms, and the ellipsis ……; a run of them ends one sentence.
    static let sentenceEnds: ScalarSet = ["。", "！", "？", "!", "?", "…", "．"]

    /// Sentences of a paragraph: stretches with some text in them, ended by a sentence mark or by the
    /// paragraph's end (a closing quote after 。 belongs to the sentence it closes).
    static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var hasText = false
        for scalar in text.unicodeScalars {
            if sentenceEnds.contains(scalar) {
                if hasText { count += 1 }
                hasText = false
            } else if scalar.isHan || scalar.isLatinLetter || scalar.digitValue != nil
                        || scalar.isAlphabetic
            {
                hasText = true
            }
        }
        return hasText ? count + 1 : count
    }
}

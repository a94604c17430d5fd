import SteleSupport

/// An article's words and names as the build cache (`AnalysisStore`) keeps them: each distinct word once,
/// with its count as a content word (0 for a word that is not one), in the order of their UTF-8 bytes so
/// that the same article always makes the same entry; then each name with its kind and flags.
extension ArticleWords: EntryCodable {
    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        self.init()
        wordTokens = try reader.readInt()
        contentTokens = try reader.readInt()
        // A list of pairs, read as any list is: a count larger than the bytes left is damage, not room to reserve.
        let words = try reader.readList { (reader: inout EntryReader) throws(EntryReader.Damaged) in
            (word: TextKey(try reader.readString()), occurrences: try reader.readInt())
        }
        counts.reserveCapacity(words.count)
        for (word, occurrences) in words { counts[word] = occurrences }
        mentions = try reader.readList(of: EntityMention.self)
    }

    func write(to writer: inout EntryWriter) {
        writer.write(wordTokens)
        writer.write(contentTokens)
        // The words' bytes side by side, sorted as places in that buffer: sorting the `TextKey`s
        // themselves copied and released both strings at each comparison (1.5% of a cold build).
        var utf8: [UInt8] = []
        var words: [(start: Int, count: Int, occurrences: Int)] = []
        words.reserveCapacity(counts.count)
        for (word, occurrences) in counts {
            var text = word.text
            text.withUTF8 { bytes in
                words.append((utf8.count, bytes.count, occurrences))
                utf8.append(contentsOf: bytes)
            }
        }
        writer.write(words.count)
        utf8.withUnsafeBufferPointer { buffer in
            func bytes(_ word: (start: Int, count: Int, occurrences: Int)) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[word.start..<(word.start + word.count)])
            }
            words.sort { bytes($0).lexicographicallyPrecedes(bytes($1)) }
            for word in words {
                writer.write(utf8: bytes(word))
                writer.write(word.occurrences)
            }
        }
        writer.write(mentions)
    }
}

extension EntityMention: EntryCodable {
    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        let kind: Kind = switch try reader.readInt() {
        case 0: .person
        case 1: .place
        case 2: .organisation
        default: throw EntryReader.Damaged()
        }
        self.init(kind: kind, name: try reader.readString(), hasEvidence: try reader.readBool(), isNewWord: try reader.readBool())
    }

    func write(to writer: inout EntryWriter) {
        let number = switch kind { case .person: 0; case .place: 1; case .organisation: 2 }
        writer.write(number)
        writer.write(name)
        writer.write(hasEvidence)
        writer.write(isNewWord)
    }
}

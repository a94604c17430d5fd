/// An article's figures as the build cache (`AnalysisStore`) keeps them: its title and path, then the six
/// counts in a fixed order. `StoredWordsTests` fails when a field is added to either type and not here.
extension ArticleFigures: EntryCodable {
    /// How many stored properties `ArticleFigures` and `TextFigures` have, all written below.
    static let storedFields = (article: 3, text: 6)

    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        var figures = TextFigures()
        let title = try reader.readString()
        let path = try reader.readString()
        figures.chineseCharacters = try reader.readInt()
        figures.characters = try reader.readInt()
        figures.paragraphs = try reader.readInt()
        figures.sentences = try reader.readInt()
        figures.headings = try reader.readInt()
        figures.latinWords = try reader.readInt()
        self.init(title: title, path: path, figures: figures)
    }

    func write(to writer: inout EntryWriter) {
        writer.write(title)
        writer.write(path)
        for count in [figures.chineseCharacters, figures.characters, figures.paragraphs, figures.sentences,
                      figures.headings, figures.latinWords] {
            writer.write(count)
        }
    }
}

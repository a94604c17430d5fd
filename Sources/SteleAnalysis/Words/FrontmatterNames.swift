import SteleContent

/// The people and place an article's frontmatter names: its `authors` (the byline the importer read,
/// or the writer's own) and its `place` (the dateline's). They are names on the best evidence there is,
/// someone having written them down as such, so they count as mentions backed by their context.
struct FrontmatterNames {
    var authors: [String]
    var place: String?

    init(_ frontmatter: Frontmatter) {
        authors = frontmatter.authors.map(Self.trimmed).filter { !$0.isEmpty }
        if case let .string(place)? = frontmatter[param: "place"], !Self.trimmed(place).isEmpty {
            self.place = Self.trimmed(place)
        }
    }

    var mentions: [EntityMention] {
        authors.map { EntityMention(kind: .person, name: $0, hasEvidence: true) }
            + (place.map { [EntityMention(kind: .place, name: $0, hasEvidence: true)] } ?? [])
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

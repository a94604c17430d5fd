import SteleContent
import SteleSupport

/// A digest of everything a template can read from a page's view, and of the template's name: two pages
/// with equal digests render to equal bytes under one theme, so a rebuild can reuse the page it rendered
/// before (see `RenderMemo`).
///
/// The view is walked as templates read it, key by key through `value(named:)`, each value tagged with
/// its kind so that `"1"` and `1`, or an empty list and nil, differ.
public struct ViewDigest: Hashable, Sendable {
    /// The SHA-256 in hexadecimal.
    public let value: String

    public init(_ view: some TemplateView, template: String) {
        var walk = Walk()
        walk.digest.update(template)
        walk.add(.view(view))
        value = walk.digest.finalize()
    }
}

/// Feeds a view's values into a digest, depth first, in the order its keys are listed.
private struct Walk {
    /// Written before each value; the raw values must never change meaning, only grow. (Values made from
    /// frontmatter had kinds of their own, 8 to 14, while views gave them untyped; they are retired.)
    enum Kind: Int {
        case absent, string, int, double, bool, view, list, dictionary
    }

    var digest = ContentDigest()

    mutating func add(_ value: TemplateValue?) {
        guard let value else { return mark(.absent) }
        switch value {
        case let .text(text):
            mark(.string)
            digest.update(text)
        case let .bool(flag):
            mark(.bool)
            digest.update(flag)
        case let .int(number):
            mark(.int)
            digest.update(number)
        case let .double(number):
            mark(.double)
            digest.update(number)
        case let .view(view):
            mark(.view)
            let keys = view.templateKeys
            digest.update(keys.count)
            for key in keys {
                digest.update(key)
                add(view.value(named: key))
            }
        case let .dictionary(dictionary):
            mark(.dictionary)
            digest.update(dictionary.count)
            // Sorted: a dictionary's iteration order differs between processes (and between equal dictionaries).
            for (key, value) in dictionary.sortedEntries {
                digest.update(key)
                add(value)
            }
        case let .list(list):
            mark(.list)
            digest.update(list.count)
            for element in list { add(element) }
        }
    }

    private mutating func mark(_ kind: Kind) {
        digest.update(kind.rawValue)
    }
}

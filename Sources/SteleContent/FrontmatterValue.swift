import Yams

/// A YAML value from frontmatter or stele.yml, kept as plain data so pages stay `Sendable`.
public enum FrontmatterValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([FrontmatterValue])
    case map([(key: String, value: FrontmatterValue)])
    case null

    package init(_ node: Node) {
        switch node {
        case let .scalar(scalar):
            if scalar.style == .plain || scalar.style == .any {
                if node.null != nil { self = .null; return }
                if let bool = node.bool { self = .bool(bool); return }
                if let int = node.int { self = .int(int); return }
                if let double = node.float { self = .double(double); return }
            }
            self = .string(scalar.string)
        case let .mapping(mapping):
            self = .map(mapping.map { (key: $0.key.string ?? "", value: FrontmatterValue($0.value)) })
        case let .sequence(sequence):
            self = .list(sequence.map(FrontmatterValue.init))
        case let .alias(alias):
            self = .string(alias.anchor.rawValue)
        }
    }

    public static func == (lhs: FrontmatterValue, rhs: FrontmatterValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        case (.null, .null): true
        default: false
        }
    }
}

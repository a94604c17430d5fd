import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document parsed by Foundation's XMLParser with namespaces resolved, for checking the
/// structure of the feed and the sitemap.
final class ParsedXML {
    let namespace: String
    let name: String
    let attributes: [String: String]
    var children: [ParsedXML] = []
    var text = ""

    init(namespace: String, name: String, attributes: [String: String]) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
    }

    /// Children named `name` in `namespace`.
    func children(_ name: String, in namespace: String) -> [ParsedXML] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    /// Parses `data`; throws the parser's error when it is not well-formed XML.
    static func parse(_ data: Data) throws -> ParsedXML {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: ParsedXML?
        var stack: [ParsedXML] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = ParsedXML(namespace: namespaceURI ?? "", name: elementName, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

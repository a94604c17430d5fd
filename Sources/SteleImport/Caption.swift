/// How photo captions and credits look in extracted news text.
enum Caption {
    /// A photo credit: `新华社记者 任嘉 摄`, `新华社发（赵建新 摄）`, `（中新社记者 王东明 摄）`, `（图片来源：湛江日报）`.
    static func isCredit(_ text: String) -> Bool {
        var line = text.trimmingSpaces()
        guard line.unicodeScalars.count <= 40 else { return false }
        if line.hasPrefix("（") && line.hasSuffix("）") || line.hasPrefix("(") && line.hasSuffix(")") {
            line = String(line.dropFirst().dropLast()).trimmingSpaces()
        }
        if line.hasPrefix("图片来源") || line.hasPrefix("图源") { return true }
        guard line.hasSuffix("摄") || line.hasSuffix("摄）") || line.hasSuffix("摄)") else { return false }
        return !line.contains("。") && !line.contains("，")
    }

    /// A caption with its credit at its end: `9月23日，村民在梯田里收割稻谷。新华社记者 刘思远 摄`,
    /// `…工人在分拣果肉。（图片来源：徐闻县融媒体中心）`.
    static func endsWithCredit(_ text: String) -> Bool {
        let line = text.trimmingSpaces()
        guard line.unicodeScalars.count <= 120, let stop = line.lastIndex(where: { $0 == "。" || $0 == "）" }) else {
            return false
        }
        let tail = String(line[line.index(after: stop)...])
        if !tail.isEmpty { return isCredit(tail) }
        // The credit in brackets closes the line.
        guard let open = line.lastIndex(of: "（") else { return false }
        return isCredit(String(line[open...])) && open != line.startIndex
    }

    /// A line that announces itself as a caption: `图为…`, `▲…`, `△…`, `（图为…）`.
    static func opensCaption(_ text: String) -> Bool {
        let line = text.trimmingSpaces()
        return line.hasPrefix("图为") || line.hasPrefix("▲") || line.hasPrefix("△") || line.hasPrefix("（图为")
            || line.hasPrefix("上图") || line.hasPrefix("下图")
    }

    /// Whether the line above a credit is its caption: one complete, short sentence.
    static func canBeCaptioned(_ block: SourceBlock) -> Bool {
        block.text.unicodeScalars.count <= 80 && ChineseText.ending(of: block.text) == .complete
            && !block.looksLikeHeading && Byline.parse(block.text) == nil
    }
}

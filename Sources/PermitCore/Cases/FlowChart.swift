/// 流程图 — a process's flow chart drawn from its definition as SVG, for the
/// public site (REC-12): one box a node, with its stage, record forms,
/// deadline and whether it is disclosed, and an arrow from each node it
/// follows. Generated, so the chart never disagrees with the process.
public enum FlowChart {
    static let boxWidth = 380, columnGap = 40, rowGap = 44, lineHeight = 18, padding = 10, margin = 20
    /// Display width of a line in half-width units; CJK characters count two.
    static let lineUnits = 46

    public static func svg(_ definition: ProcessDefinition, _ language: Language) -> String {
        let layout = Layout(definition)
        let boxes = definition.nodes.map { node in Box(node: node, lines: lines(for: node, language)) }
        let rowHeights = (0..<layout.rows).map { row in
            boxes.indices.filter { layout.row[$0] == row }.map { boxes[$0].height }.max() ?? 0
        }
        let rowTops = rowHeights.indices.map { row in margin + rowHeights[..<row].reduce(0, +) + row * rowGap }
        let width = 2 * margin + layout.columns * boxWidth + (layout.columns - 1) * columnGap
        let height = (rowTops.last ?? margin) + (rowHeights.last ?? 0) + margin
        func left(_ index: Int) -> Int { margin + layout.column[index] * (boxWidth + columnGap) }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" \
        role="img" aria-label="\(escape(definition.name.text(language)))" font-family="sans-serif" font-size="14">
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">\
        <path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>

        """
        for (index, node) in definition.nodes.enumerated() {
            for predecessor in definition.predecessors(of: node) {
                guard let from = definition.nodes.firstIndex(where: { $0.id == predecessor }) else { continue }
                let x1 = left(from) + boxWidth / 2, y1 = rowTops[layout.row[from]] + boxes[from].height
                let x2 = left(index) + boxWidth / 2, y2 = rowTops[layout.row[index]]
                let bend = y2 - rowGap / 2
                svg += "<polyline points=\"\(x1),\(y1) \(x1),\(bend) \(x2),\(bend) \(x2),\(y2)\" fill=\"none\" stroke=\"#444\" marker-end=\"url(#arrow)\"/>\n"
            }
            let x = left(index), y = rowTops[layout.row[index]]
            let fill = node.disclosed ? "#e8f1fb" : "#ffffff"
            svg += "<g><title>\(escape(node.name.text(language)))</title>"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(boxes[index].height)\" rx=\"6\" fill=\"\(fill)\" stroke=\"#1f4e79\"/>"
            for (number, line) in boxes[index].lines.enumerated() {
                let weight = line.isTitle ? " font-weight=\"bold\"" : ""
                let color = line.isTitle ? "#000" : "#333"
                svg += "<text x=\"\(x + padding)\" y=\"\(y + padding + (number + 1) * lineHeight - 4)\" fill=\"\(color)\"\(weight)>\(escape(line.text))</text>"
            }
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    struct Line {
        let text: String
        let isTitle: Bool
    }

    struct Box {
        let node: NodeDefinition
        let lines: [Line]
        var height: Int { lines.count * FlowChart.lineHeight + 2 * FlowChart.padding }
    }

    static func lines(for node: NodeDefinition, _ language: Language) -> [Line] {
        let separator = language == .zhHans ? "：" : ": "
        let forms = node.requirements.map { $0.name.text(language) }.joined(separator: language == .zhHans ? "、" : ", ")
        var details = [Bilingual("记录", en: "Records").text(language) + separator + forms]
        if let deadline = node.deadline { details.append(Bilingual("时限", en: "Period").text(language) + separator + deadline.wording(language)) }
        var marks: [String] = []
        if node.whereApplicable { marks.append(Bilingual("如有", en: "where applicable").text(language)) }
        if node.disclosed { marks.append(Bilingual("网站公示", en: "disclosed on the public site").text(language)) }
        if !marks.isEmpty { details.append(marks.joined(separator: language == .zhHans ? "，" : ", ")) }
        let title = node.stage.text(language) + " · " + node.name.text(language)
        return wrap(title).map { Line(text: $0, isTitle: true) } + details.flatMap(wrap).map { Line(text: $0, isTitle: false) }
    }

    /// Breaks `text` into lines no wider than `lineUnits`.
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = [], current = "", units = 0
        for character in text {
            let width = character.unicodeScalars.first.map { $0.value >= 0x2E80 ? 2 : 1 } ?? 1
            if units + width > lineUnits, !current.isEmpty {
                lines.append(current)
                current = ""
                units = 0
            }
            current.append(character)
            units += width
        }
        return current.isEmpty ? lines : lines + [current]
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Rows by longest path from the start, so a node sits below everything
    /// it follows; nodes sharing a row take the next columns.
    struct Layout {
        var row: [Int] = []
        var column: [Int] = []
        var rows = 0
        var columns = 1

        init(_ definition: ProcessDefinition) {
            var rowOf: [NodeKey: Int] = [:]
            var used: [Int: Int] = [:]
            for node in definition.nodes {
                let depth = definition.predecessors(of: node).compactMap { rowOf[$0] }.max().map { $0 + 1 } ?? 0
                rowOf[node.id] = depth
                row.append(depth)
                column.append(used[depth, default: 0])
                used[depth, default: 0] += 1
            }
            rows = (row.max() ?? -1) + 1
            columns = max(1, used.values.max() ?? 1)
        }
    }
}

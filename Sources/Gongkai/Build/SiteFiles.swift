import Foundation

/// The files beside the pages: theme assets and the attachments records publish.
enum SiteFiles {
    static func all(for model: SiteModel, theme: Theme, content: URL) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for asset in theme.assets {
            files.append(OutputFile(path: "assets/" + asset.path, data: asset.data))
        }
        var attachments = Set<String>()
        for entry in model.entries {
            for attachment in entry.record.attachments {
                attachments.insert("units/\(entry.unit.unit.id)/\(attachment.file)")
            }
        }
        for path in attachments.sorted() {
            files.append(OutputFile(path: path, data: try Data(contentsOf: content.appendingPathComponent(path))))
        }
        return files
    }
}

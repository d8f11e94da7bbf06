/// This release of Gongkai, and the version of the record format it reads.
public enum GongkaiVersion {
    public static let current = "0.1.0"
    /// The version of the record format (docs/records.md) whose every tree builds.
    public static let recordFormat = 1
}

/// Stele's own version: printed by `stele --version`, and part of what identifies a build's inputs.
public enum SteleVersion {
    public static let current = "0.5.0"
}

// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureArchive
import Foundation

/// The archive's embedded storage: one directory holding the journal and the blobs.
///
/// ```text
/// DIR/
///   journal.sqlite          the journal (SQLiteArchiveJournal), with its -wal and -shm files
///   blobs/                  the documents' bytes (FileBlobStore)
///     ab/cdef…              the blob whose SHA-256 is abcdef…
///     tmp/                  blobs being written
/// ```
///
/// Back the whole directory up together, the database with its `-wal` file. Several processes
/// may open the same directory: the journal serialises their appends, the blob store's writes are
/// atomic.
///
/// ```swift
/// let storage = try SQLiteArchiveStorage(directory: "/var/lib/facture/archive")
/// let address = try await storage.blobs.put(pdfBytes)
/// let head = try await storage.journal.head()
/// ```
public struct SQLiteArchiveStorage: Sendable {
    /// The directory holding `journal.sqlite` and `blobs/`.
    public let directory: String
    /// The journal, in `DIR/journal.sqlite`.
    public let journal: SQLiteArchiveJournal
    /// The blobs, in `DIR/blobs`.
    public let blobs: FileBlobStore

    /// Opens the storage in `directory`, creating the directory (and its parents), the database
    /// and the blob folder when missing.
    ///
    /// - Throws: ``FactureArchive/FactureArchiveError/Code/storageFailure`` when the directory cannot be made or
    ///   the journal cannot be opened.
    public init(directory: String) throws(FactureArchiveError) {
        do {
            try FileManager.default.createDirectory(
                atPath: directory,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw FactureArchiveError(
                code: .storageFailure,
                message: "could not create directory \(directory): \(error.localizedDescription)"
            )
        }
        self.directory = directory
        journal = try SQLiteArchiveJournal(path: directory + "/journal.sqlite")
        blobs = try FileBlobStore(directory: directory + "/blobs")
    }
}

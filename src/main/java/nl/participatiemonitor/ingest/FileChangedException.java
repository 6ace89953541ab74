package nl.participatiemonitor.ingest;

/** A delivered file whose content changed between the scan of its delivery and the end of its import. */
class FileChangedException extends RuntimeException {

    private final String file;

    FileChangedException(String file) {
        super("File " + file + " changed while it was being imported");
        this.file = file;
    }

    String file() {
        return file;
    }
}

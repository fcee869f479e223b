package vn.kehoach.document.web;

import org.springframework.web.multipart.MultipartFile;
import vn.kehoach.shared.web.Narrative;

/**
 * What the import page sends to be read: a file or pasted text. A browser never lets a page choose a file for the
 * user, so a file that could not be read comes back by its name only, with the request to choose it again.
 */
public class SourceForm {

    /** "file" or "text": which of the page's two forms was sent. */
    private String source;

    private MultipartFile file;

    @Narrative
    private String text;

    /** The name of the file that was chosen, when the form comes back. */
    private String fileName;

    boolean fromFile() {
        return "file".equals(source) || (source == null && file != null && !file.isEmpty());
    }

    /** The chosen file's name; null when none was chosen. */
    String chosenFileName() {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
}

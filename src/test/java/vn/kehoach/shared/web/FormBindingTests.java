package vn.kehoach.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.WebDataBinder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormBindingTests {

    private final FormBinding binding = new FormBinding(new RequestLimits(DataSize.ofMegabytes(2), 1000,
            DataSize.ofMegabytes(1), DataSize.ofMegabytes(10), 50));

    @Test
    void trimsFormTextAndTurnsBlankIntoNullButKeepsProseAndPasswordsAsWritten() {
        Form form = new Form();
        WebDataBinder binder = new WebDataBinder(form, "form");
        binding.bind(binder);
        MutablePropertyValues values = new MutablePropertyValues();
        values.add("name", "  Sở Y tế\u0000 ");
        values.add("note", "   ");
        values.add("story", "  Đã làm.\n");
        values.add("password", " mật khẩu ");
        values.add("rows[0].name", " a ");
        values.add("rows[0].story", " b\n");
        binder.bind(values);

        assertThat(form.getName()).isEqualTo("Sở Y tế");
        assertThat(form.getNote()).isNull();
        assertThat(form.getStory()).isEqualTo("  Đã làm.\n");
        assertThat(form.getPassword()).isEqualTo(" mật khẩu ");
        assertThat(form.getRows().get(0).getName()).isEqualTo("a");
        assertThat(form.getRows().get(0).getStory()).isEqualTo(" b\n");
    }

    @Test
    void parametersOutsideAFormAreCleanedButNotTrimmed() {
        WebDataBinder binder = new WebDataBinder(null);
        binding.bind(binder);
        assertThat(binder.convertIfNecessary(" x\u0000 ", String.class)).isEqualTo(" x ");
    }

    public static class Form {
        private String name;
        private String note;
        @Narrative
        private String story;
        private String password;
        private List<Row> rows = new ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getStory() { return story; }
        public void setStory(String story) { this.story = story; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public List<Row> getRows() { return rows; }
        public void setRows(List<Row> rows) { this.rows = rows; }
    }

    public static class Row {
        private String name;
        @Narrative
        private String story;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStory() { return story; }
        public void setStory(String story) { this.story = story; }
    }
}

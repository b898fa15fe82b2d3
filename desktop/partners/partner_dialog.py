"""The form of one partner: name, category, engagement, contact person, what it does."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.labels import engagement_label
from desktop.shell.messages import user_message
from models.core.errors import UserError
from models.partners.dto import (
    NewContact,
    PartnerInput,
    PartnerRow,
    PartnersOverview,
)

NEW_CONTACT = "__new__"


class PartnerDialog(QDialog):
    """`submit` stores the input or raises UserError; the dialog stays open on a refusal."""

    def __init__(
        self,
        overview: PartnersOverview,
        submit: Callable[[PartnerInput], None],
        partner: PartnerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New partner")
            if partner is None
            else self.tr("Edit: %1").replace("%1", partner.name)
        )
        self._submit = submit
        self.name = QLineEdit()
        self.category = QComboBox()
        for category in overview.categories:
            self.category.addItem(category.name, category.key)
        self.examples = QLabel()
        self.examples.setWordWrap(True)
        self.examples.setProperty("role", "muted")
        self.engagement = QButtonGroup(self)
        engagement_box = QVBoxLayout()
        for level in overview.engagement_levels:
            button = QRadioButton(engagement_label(level.value))
            button.setToolTip(level.description)
            button.setProperty("value", level.value)
            self.engagement.addButton(button)
            engagement_box.addWidget(button)
        self.engagement.buttons()[0].setChecked(True)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("(none)"), None)
        for person in overview.people:
            self.contact.addItem(person.name, person.uid)
        self.contact.addItem(self.tr("New person…"), NEW_CONTACT)
        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Email"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.new_contact = QWidget()
        new_layout = QFormLayout(self.new_contact)
        new_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_name, self.last_name, self.email, self.phone):
            new_layout.addRow(widget.placeholderText(), widget)
        self.ambassador = QCheckBox(self.tr("Takes up an ambassador role"))
        self.activities = QPlainTextEdit()
        self.activities.setTabChangesFocus(True)
        self.activities.setPlaceholderText(self.tr("What does the partner do?"))
        self.activities.setFixedHeight(self.activities.fontMetrics().lineSpacing() * 3 + 14)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.examples)
        form.addRow(self.tr("Engagement"), engagement_box)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow("", self.new_contact)
        form.addRow("", self.ambassador)
        form.addRow(self.tr("What they do"), self.activities)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._categories = {c.key: c for c in overview.categories}
        self.category.currentIndexChanged.connect(self._show_examples)
        self.contact.currentIndexChanged.connect(self._contact_changed)
        if partner is not None:
            self._fill(partner)
        self._show_examples()
        self._contact_changed()
        self.resize(620, 0)

    def _fill(self, partner: PartnerRow) -> None:
        self.name.setText(partner.name)
        self.category.setCurrentIndex(max(0, self.category.findData(partner.category_key)))
        for button in self.engagement.buttons():
            button.setChecked(button.property("value") == partner.engagement)
        if partner.contact_person_uid:
            self.contact.setCurrentIndex(max(0, self.contact.findData(partner.contact_person_uid)))
        self.ambassador.setChecked(partner.is_ambassador)
        self.activities.setPlainText(partner.activities)

    def _show_examples(self) -> None:
        category = self._categories.get(self.category.currentData())
        text = ""
        if category is not None and category.examples:
            text = self.tr("e.g. %1").replace("%1", ", ".join(category.examples))
        if category is not None and category.note:
            text = f"{text} {category.note}".strip()
        self.examples.setText(text)
        self.examples.setVisible(bool(text))

    def _contact_changed(self) -> None:
        self.new_contact.setVisible(self.contact.currentData() == NEW_CONTACT)

    def partner_input(self) -> PartnerInput:
        checked = self.engagement.checkedButton()
        contact = self.contact.currentData()
        new_contact = None
        if contact == NEW_CONTACT:
            contact = None
            new_contact = NewContact(
                self.first_name.text(), self.last_name.text(), self.email.text(), self.phone.text()
            )
        return PartnerInput(
            name=self.name.text(),
            category_key=self.category.currentData() or "",
            engagement=checked.property("value") if checked else "",
            contact_person_uid=contact,
            new_contact=new_contact,
            is_ambassador=self.ambassador.isChecked(),
            activities=self.activities.toPlainText(),
        )

    def save(self) -> None:
        try:
            self._submit(self.partner_input())
        except UserError as error:
            self.error.setText(user_message(error))
            self.error.show()
            focus = {"name": self.name, "contact": self.first_name, "contact_email": self.email}
            widget = focus.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()

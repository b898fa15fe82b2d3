"""Instellingen → Organisatie: each provider's identity as documents print it, its logo, and
which provider each programme's documents name. Fields are stored as they are typed."""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.messages import user_message
from desktop.shell.undo import run_edit
from desktop.widgets.common import subtitle_label
from desktop.widgets.debounce import Debouncer
from desktop.widgets.workspace_view import WorkspaceView
from models.core.changes import DataKind
from models.core.errors import UserError
from models.people.providers import LEGAL_FORMS, ProviderInput

if TYPE_CHECKING:
    from models.workspace import Workspace

UID = Qt.ItemDataRole.UserRole + 1
LOGO_SIDE = 600  # pixels of the stored logo's longest side: sharp in print at 45 mm
TEXT_FIELDS = (
    "name",
    "legal_name",
    "address",
    "postcode",
    "municipality",
    "enterprise_number",
    "vat_number",
    "rpr_court",
    "iban",
    "bic",
    "payment_term_days",
    "email",
    "phone",
    "website",
)


def logo_png(path: Path) -> bytes:
    """The chosen PNG or SVG as a PNG of at most LOGO_SIDE pixels; UserError if unreadable."""
    image = QImage()
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            size = renderer.defaultSize().scaled(
                QSize(LOGO_SIDE, LOGO_SIDE), Qt.AspectRatioMode.KeepAspectRatio
            )
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
    else:
        image.load(str(path))
    if image.isNull():
        raise UserError(
            "'{name}' is not a PNG or SVG image that can be read. Choose another file.",
            name=path.name,
            field="logo",
        )
    if max(image.width(), image.height()) > LOGO_SIDE:
        image = image.scaled(
            LOGO_SIDE,
            LOGO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


class OrganisationSettings(WorkspaceView, QWidget):
    """The providers on the left, the chosen one's identity on the right."""

    shows = frozenset({DataKind.ORGANISATION, DataKind.SETTING})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uid = ""
        self._stored: ProviderInput | None = None
        self.providers = QListWidget()
        self.providers.setAccessibleName(self.tr("Providers"))
        self.new_button = QPushButton(self.tr("New provider…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(subtitle_label(self.tr("Providing organisations")))
        left_layout.addWidget(self.providers, 1)
        left_layout.addWidget(self.new_button)
        self.lines = {name: QLineEdit() for name in TEXT_FIELDS}
        self.lines["postcode"].setMaximumWidth(70)
        self.lines["postcode"].setAccessibleName(self.tr("Postcode"))
        self.lines["municipality"].setAccessibleName(self.tr("Municipality"))
        self.lines["enterprise_number"].setPlaceholderText("0123.456.749")
        self.lines["vat_number"].setPlaceholderText("BE 0123.456.749")
        self.lines["rpr_court"].setPlaceholderText(self.tr("e.g. Gent, afdeling Gent"))
        self.lines["iban"].setPlaceholderText("BE68 5390 0754 7034")
        self.lines["payment_term_days"].setMaximumWidth(70)
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self.errors = {name: self._error() for name in (*TEXT_FIELDS, "legal_form", "logo")}
        self.logo = QLabel()
        self.logo.setFixedSize(180, 64)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setObjectName("logoPreview")  # on white, as on paper
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.programmes = QFormLayout()
        self._programme_boxes: dict[str, QComboBox] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.tr("Name (short)"), self._field("name"))
        form.addRow(self.tr("Official name"), self._field("legal_name"))
        form.addRow(self.tr("Legal form"), self._field("legal_form", self.legal_form))
        form.addRow(self.tr("Registered office"), self._field("address"))
        town = QHBoxLayout()
        town.addWidget(self.lines["postcode"])
        town.addWidget(self.lines["municipality"], 1)
        form.addRow(self.tr("Postcode and municipality"), self._field("municipality", town))
        form.addRow(self.tr("Enterprise number (KBO)"), self._field("enterprise_number"))
        form.addRow(self.tr("VAT number"), self._field("vat_number"))
        form.addRow(self.tr("RPR (court)"), self._field("rpr_court"))
        form.addRow(self.tr("IBAN"), self._field("iban"))
        form.addRow(self.tr("BIC"), self._field("bic"))
        form.addRow(self.tr("Payment term (days)"), self._field("payment_term_days"))
        form.addRow(self.tr("Email"), self._field("email"))
        form.addRow(self.tr("Phone"), self._field("phone"))
        form.addRow(self.tr("Website"), self._field("website"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), self._field("logo", logo_row))
        programmes_box = QWidget()
        programmes_layout = QVBoxLayout(programmes_box)
        programmes_layout.setContentsMargins(0, 12, 0, 0)
        programmes_layout.addWidget(
            subtitle_label(self.tr("Which provider the documents of each programme name"))
        )
        programmes_layout.addLayout(self.programmes)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(form_widget)
        right_layout.addWidget(programmes_box)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The provider's details"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(
            subtitle_label(
                self.tr(
                    "Every document that leaves the building (quote, plan, action plan, "
                    "report) names its provider as Belgian business documents require. "
                    "Changes are stored as you type."
                )
            )
        )
        layout.addWidget(splitter, 1)
        self._pending: set[str] = set()
        self.saver = Debouncer(self._save_pending, self)
        for name, line in self.lines.items():
            line.textEdited.connect(lambda _text, n=name: self._typed(n))
            line.editingFinished.connect(self.saver.flush)
        self.legal_form.currentTextChanged.connect(lambda _text: self._typed("legal_form"))
        self.providers.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.new_button.clicked.connect(self.new_provider)
        self.logo_button.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self._loading = False
        self._set_enabled(False)

    @staticmethod
    def _error() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setProperty("role", "error")
        label.hide()
        return label

    def _field(self, name: str, field: QWidget | QHBoxLayout | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        target = field if field is not None else self.lines[name]
        if isinstance(target, QHBoxLayout):
            column.addLayout(target)
        else:
            column.addWidget(target)
        column.addWidget(self.errors[name])
        return box

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.lines.values(), self.legal_form, self.logo_button, self.remove_logo):
            widget.setEnabled(enabled)

    def set_workspace(self, workspace: "Workspace") -> None:
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        if self._workspace is None:
            return
        self.providers.blockSignals(True)
        self.providers.clear()
        chosen = None
        for row in self.workspace.organisations.providers():
            item = QListWidgetItem(row.name if row.complete else f"{row.name} ⚠")
            if not row.complete:
                item.setToolTip(self.tr("Enterprise number, registered office or IBAN missing"))
            item.setData(UID, row.uid)
            self.providers.addItem(item)
            if row.uid == self._uid:
                chosen = item
        self.providers.blockSignals(False)
        if chosen is not None:
            self.providers.setCurrentItem(chosen)
        elif self.providers.count():
            self.providers.setCurrentRow(0)
        self._fill_programmes()

    def _choose(self, item: QListWidgetItem | None) -> None:
        self.saver.flush()
        self.show_provider(str(item.data(UID)) if item is not None else "")

    def show_provider(self, uid: str) -> None:
        same = bool(uid) and uid == self._uid and self._stored is not None
        self._uid = uid
        self._set_enabled(bool(uid))
        for label in self.errors.values():
            label.hide()
        if not uid:
            self._stored = None
            return
        form = self.workspace.organisations.provider_form(uid)
        self._stored = form.data
        self._loading = True
        try:
            for name, line in self.lines.items():
                if same and line.hasFocus():
                    continue  # a refresh never takes back what is being typed
                text = getattr(form.data, name)
                if line.text() != text:
                    line.setText(text)
            self.legal_form.setCurrentText(form.data.legal_form)
        finally:
            self._loading = False
        self._show_logo(form.logo_png)

    def _show_logo(self, png: bytes | None) -> None:
        if not png:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.logo.setPixmap(
            pixmap.scaled(
                self.logo.size() - QSize(8, 8),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _typed(self, name: str) -> None:
        if not self._loading and self._uid:
            self._pending.add(name)
            self.saver.poke()

    def _save_pending(self) -> None:
        names, self._pending = self._pending, set()
        for name in sorted(names):
            self.save_field(name)

    def _typed_value(self, name: str) -> str:
        return self.legal_form.currentText() if name == "legal_form" else self.lines[name].text()

    def save_field(self, name: str) -> bool:
        """Stores one field with the others as stored; the error shows under the field."""
        if self._stored is None or not self._uid:
            return False
        fields = ("postcode", "municipality") if name in ("postcode", "municipality") else (name,)
        data = replace(self._stored, **{f: self._typed_value(f) for f in fields})
        if data == self._stored:
            return False
        uid, organisations = self._uid, self.workspace.organisations
        try:
            run_edit(
                self.workspace,
                self.tr("change organisation details"),
                lambda: organisations.save_provider(uid, data),
                key=f"provider:{uid}:{name}",
            )
        except UserError as error:
            target = error.field if error.field in self.errors else name
            self.errors[target].setText(user_message(error))
            self.errors[target].show()
            return False
        for field in (*fields, "name"):
            self.errors[field].hide()
        self._stored = data
        return True

    def new_provider(self) -> None:
        name = self.tr("New organisation")
        organisations = self.workspace.organisations
        try:
            self._uid = run_edit(
                self.workspace,
                self.tr("add provider"),
                lambda: organisations.save_provider(None, ProviderInput(name=name)),
            )
        except UserError as error:
            self.errors["name"].setText(user_message(error))
            self.errors["name"].show()
            return
        self.refresh()
        self.lines["name"].setFocus()
        self.lines["name"].selectAll()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.svg)")
        )
        if path:
            try:
                self.set_logo(logo_png(Path(path)))
            except UserError as error:
                self.errors["logo"].setText(user_message(error))
                self.errors["logo"].show()

    def set_logo(self, png: bytes | None) -> None:
        if not self._uid:
            return
        uid, organisations = self._uid, self.workspace.organisations
        try:
            run_edit(
                self.workspace,
                self.tr("change logo"),
                lambda: organisations.set_provider_logo(uid, png),
            )
        except UserError as error:
            self.errors["logo"].setText(user_message(error))
            self.errors["logo"].show()
            return
        self.errors["logo"].hide()
        self._show_logo(png)

    def _fill_programmes(self) -> None:
        while self.programmes.rowCount():
            self.programmes.removeRow(0)
        self._programme_boxes = {}
        providers = self.workspace.organisations.providers()
        for row in self.workspace.organisations.programme_providers():
            box = QComboBox()
            default = self.tr("as the programme file says (%1)")
            box.addItem(default.replace("%1", row.named_in_file), "")
            for provider in providers:
                box.addItem(provider.name, provider.uid)
            box.setCurrentIndex(max(0, box.findData(row.chosen_uid)))
            box.currentIndexChanged.connect(
                lambda _i, key=row.programme_key, b=box: self._programme_chosen(key, b)
            )
            label = QLabel(row.programme_name)
            label.setWordWrap(True)
            box.setMinimumContentsLength(18)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.programmes.addRow(label, box)
            self._programme_boxes[row.programme_key] = box

    def _programme_chosen(self, key: str, box: QComboBox) -> None:
        uid = str(box.currentData() or "") or None
        organisations = self.workspace.organisations
        run_edit(
            self.workspace,
            self.tr("choose a programme's provider"),
            lambda: organisations.set_programme_provider(key, uid),
        )

    def flush(self) -> None:
        self.saver.flush()

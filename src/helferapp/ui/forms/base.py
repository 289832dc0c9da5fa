"""The machinery every record form shares: fields, load/data, dirty state, errors, save.

A concrete form is mostly a declaration (see ``group_form`` for the shortest one):

- ``spec``: which kind of record (``services.entities.GROUPS`` …);
- ``create_editors()``: field name → input widget, in tab order; the names are the data
  class's attribute names, so loading and reading work generically;
- ``sections()``: headed groups of field names, in the same order;
- ``field_labels()`` (and optionally ``field_hints()``): the German texts, through
  ``self.tr`` so they are translated and re-set by ``retranslate_ui()``.

Fields of the data class without an editor (e.g. a person's consent, which has its own
dialog) are carried over from the loaded record, so ``data()`` is always complete.

Which input widgets a form can read, and the layout helpers it sizes itself with, are in
``ui.forms.fields``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import FieldError, ValidationError
from helferapp.domain.records import RecordData
from helferapp.services import records
from helferapp.services.records import EntitySpec, Record
from helferapp.ui.context import AppContext
from helferapp.ui.forms.fields import (
    FittingScrollArea,
    FormField,
    finish_signal,
    make_field,
    refresh_layouts,
)
from helferapp.ui.widgets.error_label import ErrorLabel

REQUIRED_MARK = " *"
W = TypeVar("W", bound=QWidget)


def translate_message(message: str) -> str:
    """Pass a German message from the domain through Qt's translation."""
    return QCoreApplication.translate("validation", message)


class RecordForm(QWidget):
    """Edit one record of ``spec``'s kind; see the module docstring.

    Signals:
        changed: the person edited a field (not sent by ``load()``).
        saved(str): the record with this id was written (by ``save()`` or by a dialog
            the form opened, e.g. the consent dialog).
    """

    changed = Signal()
    saved = Signal(str)

    spec: ClassVar[EntitySpec[Any]]
    required: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._record_id: str | None = None
        self._loaded: RecordData = self.spec.data_type()
        self._loading = False
        self._fields: dict[str, FormField] = {}
        self._extras: dict[str, tuple[QLabel | None, QWidget]] = {}
        self._section_titles: list[QLabel] = []
        self._live_errors: set[str] = set()
        self._build()
        self.retranslate_ui()
        self.load(None)
        refresh_layouts(self)

    # ----- what a concrete form declares ----------------------------------------------

    def create_editors(self) -> dict[str, QWidget]:
        """Field name → input widget, in layout and tab order."""
        raise NotImplementedError

    def create_extras(self) -> dict[str, QWidget]:
        """Widgets placed among the fields that are not part of the data (e.g. a status)."""
        return {}

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        """Headed groups of field (and extra) names; one untitled group by default."""
        return [("", (*self._fields, *self._extras))]

    def field_labels(self) -> dict[str, str]:
        """Field (or extra) name → German label; an extra without a label spans the row."""
        raise NotImplementedError

    def field_hints(self) -> dict[str, str]:
        """Field name → placeholder and tool tip; for a check box: the text beside it."""
        return {}

    def default_data(self) -> RecordData:
        """What a new record starts with."""
        data: RecordData = self.spec.data_type()
        return data

    def refresh_choices(self, data: RecordData) -> None:
        """Prepare picker lists for ``data`` (pickers with a loader refresh themselves)."""

    def on_loaded(self, data: RecordData) -> None:
        """Update anything derived from the loaded content (status lines, enabled state)."""

    # ----- the contract ----------------------------------------------------------------

    def load(self, record: Record[Any] | None, defaults: RecordData | None = None) -> None:
        """Show ``record``, or a new one prefilled from ``defaults``."""
        if record is None:
            self._record_id = None
            data = defaults if defaults is not None else self.default_data()
        else:
            self._record_id = record.id
            data = record.data
        self._loading = True
        try:
            self._loaded = data
            for field in self._fields.values():
                mark_stale = getattr(field.editor, "mark_stale", None)
                if callable(mark_stale):
                    mark_stale()  # picker lists are fetched again when next used
            self.refresh_choices(data)
            for field in self._fields.values():
                field.write(getattr(data, field.name))
            self.on_loaded(data)
        finally:
            self._loading = False
        self.clear_errors()

    def record_id(self) -> str | None:
        return self._record_id

    def data(self) -> RecordData:
        """The content as shown; unreadable inputs count as empty (see ``save``)."""
        return self._collect()[0]

    def is_dirty(self) -> bool:
        data, problems = self._collect()
        return bool(problems) or data != self._loaded

    def loaded_data(self) -> RecordData:
        """The content as it was loaded or last saved."""
        return self._loaded

    def replace_loaded(self, **changes: Any) -> None:
        """Take over values saved elsewhere (e.g. by a dialog) without touching edits."""
        self._loaded = dataclasses.replace(self._loaded, **changes)

    def save(self) -> Record[Any]:
        """Validate and write; on ``ValidationError`` show it inline, then re-raise."""
        self.clear_errors()
        data, problems = self._collect()
        try:
            if problems:
                self._raise_with_rule_errors(data, problems)
            if self._record_id is None:
                record = records.create(self.context.uow(), self.spec, data)
            else:
                record = records.update(self.context.uow(), self.spec, self._record_id, data)
        except ValidationError as error:
            self.show_errors(error)
            raise
        self.load(record)
        self.saved.emit(record.id)
        return record

    def show_errors(self, error: ValidationError) -> None:
        """Show each message next to its field; focus the first wrong field."""
        self.clear_errors()
        general: list[str] = []
        for field_error in error.errors:
            message = translate_message(field_error.message)
            field = self._fields.get(field_error.field)
            if field is None:
                general.append(message)
            elif message not in field.error.messages():
                field.error.set_messages([*field.error.messages(), message])
                field.editor.setAccessibleDescription(message)
        banner = [
            self.tr("Bitte die markierten Angaben prüfen – es wurde noch nichts gespeichert.")
        ]
        self._banner.set_messages(banner + general)
        wrong = [field for field in self._fields.values() if field.error.messages()]
        if wrong:
            wrong[0].editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(wrong[0].row)
        else:
            self._scroll.ensureWidgetVisible(self._banner)

    def clear_errors(self) -> None:
        self._banner.set_messages([])
        self._live_errors.clear()
        for field in self._fields.values():
            field.error.set_messages([])
            field.editor.setAccessibleDescription("")

    def field_errors(self, name: str) -> list[str]:
        """The messages now shown next to field ``name`` (for tests and callers)."""
        return self._fields[name].error.messages()

    def general_errors(self) -> list[str]:
        """The messages now shown at the top of the form."""
        return self._banner.messages()

    def editor(self, name: str) -> QWidget:
        """The input widget of field ``name``."""
        return self._fields[name].editor

    def typed_editor(self, name: str, kind: type[W]) -> W:
        """The input widget of field ``name``, checked to be a ``kind``."""
        editor = self._fields[name].editor
        if not isinstance(editor, kind):
            raise TypeError(f"{name}: {type(editor).__name__} ist kein {kind.__name__}")
        return editor

    def label(self, name: str) -> QLabel:
        return self._fields[name].label

    def error_label(self, name: str) -> ErrorLabel:
        return self._fields[name].error

    def field_names(self) -> tuple[str, ...]:
        return tuple(self._fields)

    def retranslate_ui(self) -> None:
        labels = self.field_labels()
        hints = self.field_hints()
        for name, field in self._fields.items():
            text = labels.get(name, name)
            field.label.setText(text + (REQUIRED_MARK if name in self.required else "") + ":")
            field.editor.setAccessibleName(text)
            hint = hints.get(name, "")
            if isinstance(field.editor, QCheckBox):
                field.editor.setText(hint)
                field.editor.setAccessibleName(f"{text}: {hint}" if hint else text)
            else:
                field.editor.setToolTip(hint)
            retranslate = getattr(field.editor, "retranslate_ui", None)
            if callable(retranslate):
                retranslate()
            if hint and isinstance(field.editor, QLineEdit):
                field.editor.setPlaceholderText(hint)
            elif hint and callable(getattr(field.editor, "set_placeholder", None)):
                field.editor.set_placeholder(hint)  # type: ignore[attr-defined]
        for name, (label, widget) in self._extras.items():
            if label is not None:
                label.setText(labels.get(name, name) + ":")
                widget.setAccessibleName(labels.get(name, name))
        for title_label, (title, _names) in zip(self._section_titles, self.sections(), strict=True):
            title_label.setText(title)
            title_label.setVisible(bool(title))
        self._required_note.setText(self.tr("* Pflichtangabe"))
        self._required_note.setVisible(bool(self.required))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._style_titles()
        super().changeEvent(event)

    def _style_titles(self) -> None:
        """Section titles: bold, a little larger than the (possibly enlarged) form font."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        for title in self._section_titles:
            title.setFont(font)
            space = 0 if title.property("firstSection") else title.fontMetrics().height() // 2
            title.setContentsMargins(0, space, 0, 0)

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("formContent")
        column = QVBoxLayout(content)
        self._banner = ErrorLabel(content)
        self._banner.setFrameShape(QFrame.Shape.StyledPanel)
        self._banner.setMargin(6)
        column.addWidget(self._banner)
        for name, editor in self.create_editors().items():
            self._add_field(name, editor, content)
        labelled = set(self.field_labels())
        for name, widget in self.create_extras().items():
            label = QLabel(content) if name in labelled else None
            if label is not None:
                label.setBuddy(widget)
            self._extras[name] = (label, widget)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for index, (_title, names) in enumerate(self.sections()):
            title = QLabel(content)
            title.setProperty("firstSection", index == 0)
            self._section_titles.append(title)
            form.addRow(title)
            for name in names:
                if name in self._fields:
                    field = self._fields[name]
                    form.addRow(field.label, field.row)
                else:
                    label, widget = self._extras[name]
                    if label is None:
                        form.addRow(widget)
                    else:
                        form.addRow(label, widget)
        column.addLayout(form)
        self._style_titles()
        self._required_note = QLabel(content)
        column.addWidget(self._required_note)
        column.addStretch(1)
        self._scroll = FittingScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    def _add_field(self, name: str, editor: QWidget, parent: QWidget) -> None:
        if name not in {field.name for field in dataclasses.fields(self.spec.data_type)}:
            raise AttributeError(f"{self.spec.data_type.__name__} hat kein Feld {name!r}")
        field = make_field(name, editor, parent)
        self._fields[name] = field
        field.changed.connect(self._on_edit)
        finished = finish_signal(editor)
        if finished is not None:
            finished.connect(lambda field=field: self._check_readable(field))

    # ----- reading ---------------------------------------------------------------------

    def _collect(self) -> tuple[RecordData, list[FieldError]]:
        empty = self.spec.data_type()
        values: dict[str, Any] = {}
        problems: list[FieldError] = []
        for name, field in self._fields.items():
            try:
                values[name] = field.read()
            except ValueError as error:
                problems.append(FieldError(name, str(error)))
                values[name] = getattr(empty, name)
        return dataclasses.replace(self._loaded, **values), problems

    def _raise_with_rule_errors(self, data: RecordData, problems: list[FieldError]) -> None:
        """Raise unreadable inputs together with the rules' complaints about the rest."""
        unreadable = {problem.field for problem in problems}
        others: list[FieldError] = []
        uow = self.context.uow()
        try:
            with uow:
                previous = self._loaded if self.record_id() is not None else None
                self.spec.validate(uow.session, data, previous=previous)
        except ValidationError as error:
            others = [item for item in error.errors if item.field not in unreadable]
        raise ValidationError([*problems, *others])

    def _check_readable(self, field: FormField) -> None:
        """On leaving a typed-in field: say at once if it cannot be read."""
        try:
            field.read()
        except ValueError as error:
            field.error.set_messages([str(error)])
            field.editor.setAccessibleDescription(str(error))
            self._live_errors.add(field.name)
            return
        if field.name in self._live_errors:
            self._live_errors.discard(field.name)
            field.error.set_messages([])
            field.editor.setAccessibleDescription("")

    def _on_edit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

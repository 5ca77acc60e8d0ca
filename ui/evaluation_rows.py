"""One question of a paper form typed in from the keyboard, like roll call: a digit sets a
scale value or chooses an option (several choices: digits toggle), Tab or Enter moves on,
0, Space or Backspace clears; an open question takes the typed text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import QuestionKind
from app.services.evaluations import QuestionView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Space, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


@dataclass(frozen=True)
class FormAnswer:
    """What was typed for one question: a scale value (1…max), the chosen options (0-based
    indexes), or text. Empty when nothing is."""

    number: int | None = None
    choices: frozenset[int] = frozenset()
    text: str = ""

    @property
    def empty(self) -> bool:
        return self.number is None and not self.choices and not self.text.strip()


class QuestionRow(QFrame):
    """One question; focused as a whole (its buttons never take the focus)."""

    advance = Signal()  # Enter, ↓ or a digit that answers the question: on to the next one
    back = Signal()  # ↑: the question before
    problem = Signal(str)  # a key that is no answer here, said in words
    edited = Signal()

    def __init__(self, number: int, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#questionRow { border: 1px solid palette(mid); border-radius: 4px; }"
            "#questionRow:focus { border: 2px solid palette(highlight);"
            " background: palette(alternate-base); }"
            # the value chosen stands out, as a cross on paper does
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold;"
            " border: 1px solid palette(highlight); border-radius: 3px; }"
        )
        self.title = QLabel(f"{number}. {question.text}" + (" *" if question.required else ""))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 6, 8, 6)
        self.body.addWidget(self.title)

    def focus_target(self) -> QWidget:
        return self

    def answer(self) -> FormAnswer:
        raise NotImplementedError

    def set_answer(self, answer: FormAnswer) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_answer(FormAnswer())

    def key_hint(self) -> str:
        raise NotImplementedError

    def digit(self, value: int) -> None:
        raise NotImplementedError

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if (key in _ENTER or key == Qt.Key.Key_Down) and plain:
            self.advance.emit()
        elif key == Qt.Key.Key_Up and plain:
            self.back.emit()
        elif key in _CLEAR and plain:
            self.clear()
            self.edited.emit()
        elif plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.digit(key - Qt.Key.Key_0)
        elif plain and event.text().strip() and event.text().isprintable():
            self.problem.emit(
                QCoreApplication.translate(
                    "evaluation", "“{key}” is no answer here: {hint}"
                ).format(key=event.text(), hint=self.key_hint())
            )
        else:
            super().keyPressEvent(event)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _no_focus[W: QWidget](widget: W) -> W:
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class ScaleRow(QuestionRow):
    """1–5 or 1–7 with its labelled ends; a digit sets the value and moves on."""

    def __init__(self, number: int, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(number, question, parent)
        self.top = question.scale_max or 5
        line = QHBoxLayout()
        low = QLabel(question.low_label or "")
        high = QLabel(question.high_label or "")
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for end in (low, high):
            end.setWordWrap(True)  # a long label takes two lines, not the row's width
        line.addWidget(low, 1)
        self.buttons: list[QToolButton] = []
        for value in range(1, self.top + 1):
            button = _no_focus(QToolButton())
            button.setText(str(value))
            button.setCheckable(True)
            button.setMinimumWidth(30)
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            self.buttons.append(button)
            line.addWidget(button)
        line.addWidget(high, 1)
        self.body.addLayout(line)
        self._value: int | None = None
        self.setToolTip(_sentence(self.key_hint()))

    def _clicked(self, value: int) -> None:
        self.set_answer(FormAnswer(number=None if self._value == value else value))
        self.edited.emit()

    def key_hint(self) -> str:
        return QCoreApplication.translate("evaluation", "type 1–{top}, or 0 to clear").format(
            top=self.top
        )

    def digit(self, value: int) -> None:
        if value > self.top:
            self.problem.emit(
                QCoreApplication.translate(
                    "evaluation", "{value} is not on the scale 1–{top}."
                ).format(value=value, top=self.top)
            )
            return
        self.set_answer(FormAnswer(number=value))
        self.edited.emit()
        self.advance.emit()

    def answer(self) -> FormAnswer:
        return FormAnswer(number=self._value)

    def set_answer(self, answer: FormAnswer) -> None:
        self._value = answer.number
        for value, button in enumerate(self.buttons, start=1):
            button.setChecked(value == answer.number)


class ChoiceRow(QuestionRow):
    """Options numbered 1, 2, 3…: one choice (a digit chooses and moves on) or several
    (digits toggle; Enter moves on)."""

    def __init__(self, number: int, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(number, question, parent)
        self.several = question.kind == QuestionKind.MULTIPLE
        self.boxes: list[QCheckBox | QRadioButton] = []
        grid = QVBoxLayout()
        grid.setSpacing(2)
        for index, text in enumerate(question.choices):
            box: QCheckBox | QRadioButton = QCheckBox() if self.several else QRadioButton()
            box.setAutoExclusive(False)
            box.setText(f"{index + 1}  {text}" if index < 9 else text)
            _no_focus(box)
            box.clicked.connect(lambda _c=False, i=index: self._clicked(i))
            self.boxes.append(box)
            grid.addWidget(box)
        if self.several:
            note = QLabel(
                QCoreApplication.translate(
                    "evaluation", "Several may be chosen: digits toggle, Enter moves on."
                )
            )
            note.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(note)
        self.body.addLayout(grid)
        self._chosen: frozenset[int] = frozenset()
        self.setToolTip(_sentence(self.key_hint()))

    def _clicked(self, index: int) -> None:
        self._toggle(index)
        self.edited.emit()

    def _toggle(self, index: int) -> None:
        if self.several:
            self.set_answer(FormAnswer(choices=self._chosen ^ {index}))
        else:
            self.set_answer(
                FormAnswer(choices=frozenset() if index in self._chosen else frozenset({index}))
            )

    def key_hint(self) -> str:
        top = min(len(self.boxes), 9)
        if self.several:
            return QCoreApplication.translate(
                "evaluation", "type 1–{top} to tick or untick an option, 0 to clear"
            ).format(top=top)
        return QCoreApplication.translate(
            "evaluation", "type 1–{top} to choose an option, or 0 to clear"
        ).format(top=top)

    def digit(self, value: int) -> None:
        if value > len(self.boxes):
            self.problem.emit(
                QCoreApplication.translate(
                    "evaluation", "There is no option {value}: the options are 1–{top}."
                ).format(value=value, top=len(self.boxes))
            )
            return
        if self.several:
            self._toggle(value - 1)
        else:
            self.set_answer(FormAnswer(choices=frozenset({value - 1})))
        self.edited.emit()
        if not self.several:
            self.advance.emit()

    def answer(self) -> FormAnswer:
        return FormAnswer(choices=self._chosen)

    def set_answer(self, answer: FormAnswer) -> None:
        self._chosen = frozenset(answer.choices)
        for index, box in enumerate(self.boxes):
            box.setChecked(index in self._chosen)


class AnswerText(QPlainTextEdit):
    """An open answer: Enter moves on, Shift+Enter starts a new line, Tab leaves."""

    advance = Signal()
    save = Signal()  # Ctrl+Enter: the form is done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save.emit()
                return
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.advance.emit()
                return
        super().keyPressEvent(event)


class TextRow(QuestionRow):
    def __init__(self, number: int, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(number, question, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text field takes it
        self.edit = AnswerText()
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("evaluation", "Type the answer (Shift+Enter for a new line)")
        )
        self.edit.advance.connect(self.advance)
        self.edit.textChanged.connect(self.edited)
        self.setFocusProxy(self.edit)
        self.body.addWidget(self.edit)

    def focus_target(self) -> QWidget:
        return self.edit

    def key_hint(self) -> str:
        return ""

    def digit(self, value: int) -> None:  # pragma: no cover - the text field takes digits
        self.edit.insertPlainText(str(value))

    def answer(self) -> FormAnswer:
        return FormAnswer(text=self.edit.toPlainText().strip())

    def set_answer(self, answer: FormAnswer) -> None:
        self.edit.setPlainText(answer.text)


def question_row(number: int, question: QuestionView, parent: QWidget | None = None) -> QuestionRow:
    if question.kind == QuestionKind.SCALE:
        return ScaleRow(number, question, parent)
    if question.kind == QuestionKind.TEXT:
        return TextRow(number, question, parent)
    return ChoiceRow(number, question, parent)

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_program_text.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CreditProgramTextDialog(object):
    def setupUi(self, CreditProgramTextDialog):
        if not CreditProgramTextDialog.objectName():
            CreditProgramTextDialog.setObjectName(u"CreditProgramTextDialog")
        CreditProgramTextDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CreditProgramTextDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditProgramTextDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.fileLabel = QLabel(CreditProgramTextDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.fileLabel)

        self.textEdit = QPlainTextEdit(CreditProgramTextDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(False)
        self.textEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialogLayout.addWidget(self.textEdit)

        self.buttonBox = QDialogButtonBox(CreditProgramTextDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(CreditProgramTextDialog)

        QMetaObject.connectSlotsByName(CreditProgramTextDialog)
    # setupUi

    def retranslateUi(self, CreditProgramTextDialog):
        CreditProgramTextDialog.setWindowTitle(QCoreApplication.translate("CreditProgramTextDialog", u"Edit lending program", None))
    # retranslateUi


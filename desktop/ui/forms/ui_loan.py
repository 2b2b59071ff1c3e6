# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loan.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_LoanDialog(object):
    def setupUi(self, LoanDialog):
        if not LoanDialog.objectName():
            LoanDialog.setObjectName(u"LoanDialog")
        self.dialogLayout = QVBoxLayout(LoanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(LoanDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.lenderLabel = QLabel(LoanDialog)
        self.lenderLabel.setObjectName(u"lenderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lenderLabel)

        self.lenderLayout = QHBoxLayout()
        self.lenderLayout.setObjectName(u"lenderLayout")
        self.lenderCombo = QComboBox(LoanDialog)
        self.lenderCombo.setObjectName(u"lenderCombo")

        self.lenderLayout.addWidget(self.lenderCombo)

        self.newLenderButton = QPushButton(LoanDialog)
        self.newLenderButton.setObjectName(u"newLenderButton")

        self.lenderLayout.addWidget(self.newLenderButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.lenderLayout)

        self.assetComboLabel = QLabel(LoanDialog)
        self.assetComboLabel.setObjectName(u"assetComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assetComboLabel)

        self.assetCombo = QComboBox(LoanDialog)
        self.assetCombo.setObjectName(u"assetCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assetCombo)

        self.accountNumberEditLabel = QLabel(LoanDialog)
        self.accountNumberEditLabel.setObjectName(u"accountNumberEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountNumberEditLabel)

        self.accountNumberEdit = QLineEdit(LoanDialog)
        self.accountNumberEdit.setObjectName(u"accountNumberEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accountNumberEdit)

        self.currencyComboLabel = QLabel(LoanDialog)
        self.currencyComboLabel.setObjectName(u"currencyComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currencyComboLabel)

        self.currencyCombo = QComboBox(LoanDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.principalEditLabel = QLabel(LoanDialog)
        self.principalEditLabel.setObjectName(u"principalEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.principalEditLabel)

        self.principalEdit = MoneyEdit(LoanDialog)
        self.principalEdit.setObjectName(u"principalEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.principalEdit)

        self.rateEditLabel = QLabel(LoanDialog)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(LoanDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.termSpinLabel = QLabel(LoanDialog)
        self.termSpinLabel.setObjectName(u"termSpinLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termSpinLabel)

        self.termSpin = QSpinBox(LoanDialog)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimum(1)
        self.termSpin.setMaximum(600)
        self.termSpin.setValue(60)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termSpin)

        self.methodComboLabel = QLabel(LoanDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.methodComboLabel)

        self.methodCombo = QComboBox(LoanDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.disbursedEditLabel = QLabel(LoanDialog)
        self.disbursedEditLabel.setObjectName(u"disbursedEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.disbursedEditLabel)

        self.disbursedEdit = DateField(LoanDialog)
        self.disbursedEdit.setObjectName(u"disbursedEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.disbursedEdit)

        self.dueDaySpinLabel = QLabel(LoanDialog)
        self.dueDaySpinLabel.setObjectName(u"dueDaySpinLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dueDaySpinLabel)

        self.dueDaySpin = QSpinBox(LoanDialog)
        self.dueDaySpin.setObjectName(u"dueDaySpin")
        self.dueDaySpin.setMinimum(1)
        self.dueDaySpin.setMaximum(31)
        self.dueDaySpin.setValue(27)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dueDaySpin)

        self.dayCountComboLabel = QLabel(LoanDialog)
        self.dayCountComboLabel.setObjectName(u"dayCountComboLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.dayCountComboLabel)

        self.dayCountCombo = QComboBox(LoanDialog)
        self.dayCountCombo.setObjectName(u"dayCountCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dayCountCombo)

        self.residualEditLabel = QLabel(LoanDialog)
        self.residualEditLabel.setObjectName(u"residualEditLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.residualEditLabel)

        self.residualEdit = MoneyEdit(LoanDialog)
        self.residualEdit.setObjectName(u"residualEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.residualEdit)

        self.penaltyRateEditLabel = QLabel(LoanDialog)
        self.penaltyRateEditLabel.setObjectName(u"penaltyRateEditLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.penaltyRateEditLabel)

        self.penaltyRateEdit = QLineEdit(LoanDialog)
        self.penaltyRateEdit.setObjectName(u"penaltyRateEdit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.penaltyRateEdit)

        self.ownerOfRecordCheckLabel = QLabel(LoanDialog)
        self.ownerOfRecordCheckLabel.setObjectName(u"ownerOfRecordCheckLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.ownerOfRecordCheckLabel)

        self.ownerOfRecordCheck = QCheckBox(LoanDialog)
        self.ownerOfRecordCheck.setObjectName(u"ownerOfRecordCheck")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.ownerOfRecordCheck)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LoanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lenderLabel.setBuddy(self.lenderCombo)
        self.assetComboLabel.setBuddy(self.assetCombo)
        self.accountNumberEditLabel.setBuddy(self.accountNumberEdit)
        self.currencyComboLabel.setBuddy(self.currencyCombo)
        self.principalEditLabel.setBuddy(self.principalEdit)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.termSpinLabel.setBuddy(self.termSpin)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.disbursedEditLabel.setBuddy(self.disbursedEdit)
        self.dueDaySpinLabel.setBuddy(self.dueDaySpin)
        self.dayCountComboLabel.setBuddy(self.dayCountCombo)
        self.residualEditLabel.setBuddy(self.residualEdit)
        self.penaltyRateEditLabel.setBuddy(self.penaltyRateEdit)
        self.ownerOfRecordCheckLabel.setBuddy(self.ownerOfRecordCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lenderCombo, self.newLenderButton)
        QWidget.setTabOrder(self.newLenderButton, self.assetCombo)
        QWidget.setTabOrder(self.assetCombo, self.accountNumberEdit)
        QWidget.setTabOrder(self.accountNumberEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.principalEdit)
        QWidget.setTabOrder(self.principalEdit, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.termSpin)
        QWidget.setTabOrder(self.termSpin, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.disbursedEdit)
        QWidget.setTabOrder(self.disbursedEdit, self.dueDaySpin)
        QWidget.setTabOrder(self.dueDaySpin, self.dayCountCombo)
        QWidget.setTabOrder(self.dayCountCombo, self.residualEdit)
        QWidget.setTabOrder(self.residualEdit, self.penaltyRateEdit)
        QWidget.setTabOrder(self.penaltyRateEdit, self.ownerOfRecordCheck)
        QWidget.setTabOrder(self.ownerOfRecordCheck, self.buttonBox)

        self.retranslateUi(LoanDialog)

        QMetaObject.connectSlotsByName(LoanDialog)
    # setupUi

    def retranslateUi(self, LoanDialog):
        LoanDialog.setWindowTitle(QCoreApplication.translate("LoanDialog", u"Loan", None))
        self.lenderLabel.setText(QCoreApplication.translate("LoanDialog", u"&Lender", None))
        self.newLenderButton.setText(QCoreApplication.translate("LoanDialog", u"New lender\u2026", None))
        self.assetComboLabel.setText(QCoreApplication.translate("LoanDialog", u"On &asset", None))
        self.accountNumberEditLabel.setText(QCoreApplication.translate("LoanDialog", u"Account &number", None))
        self.accountNumberEdit.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"The lender's reference for this loan", None))
        self.currencyComboLabel.setText(QCoreApplication.translate("LoanDialog", u"&Currency", None))
        self.principalEditLabel.setText(QCoreApplication.translate("LoanDialog", u"&Principal", None))
        self.rateEditLabel.setText(QCoreApplication.translate("LoanDialog", u"Annual &rate (%)", None))
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"e.g. 2.4", None))
        self.termSpinLabel.setText(QCoreApplication.translate("LoanDialog", u"&Term (months)", None))
        self.methodComboLabel.setText(QCoreApplication.translate("LoanDialog", u"Repayment &method", None))
        self.disbursedEditLabel.setText(QCoreApplication.translate("LoanDialog", u"&Disbursed on", None))
        self.dueDaySpinLabel.setText(QCoreApplication.translate("LoanDialog", u"Due &day of month", None))
        self.dayCountComboLabel.setText(QCoreApplication.translate("LoanDialog", u"&Interest", None))
        self.residualEditLabel.setText(QCoreApplication.translate("LoanDialog", u"Re&sidual value", None))
        self.residualEdit.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"Residual-value loans only", None))
        self.penaltyRateEditLabel.setText(QCoreApplication.translate("LoanDialog", u"P&enalty rate (%)", None))
        self.penaltyRateEdit.setPlaceholderText(QCoreApplication.translate("LoanDialog", u"On overdue amounts, per year", None))
        self.ownerOfRecordCheckLabel.setText(QCoreApplication.translate("LoanDialog", u"Owner of record", None))
        self.ownerOfRecordCheck.setText(QCoreApplication.translate("LoanDialog", u"The lender is the registered owner until paid off", None))
    # retranslateUi


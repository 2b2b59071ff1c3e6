# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_intake.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CustomerIntakeDialog(object):
    def setupUi(self, CustomerIntakeDialog):
        if not CustomerIntakeDialog.objectName():
            CustomerIntakeDialog.setObjectName(u"CustomerIntakeDialog")
        CustomerIntakeDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CustomerIntakeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CustomerIntakeDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.tabs = QTabWidget(CustomerIntakeDialog)
        self.tabs.setObjectName(u"tabs")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityForm = QFormLayout(self.identityTab)
        self.identityForm.setObjectName(u"identityForm")
        self.familyNameLabel = QLabel(self.identityTab)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyNameEdit = QLineEdit(self.identityTab)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.givenNameLabel = QLabel(self.identityTab)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenNameEdit = QLineEdit(self.identityTab)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenNameEdit)

        self.nameReadingLabel = QLabel(self.identityTab)
        self.nameReadingLabel.setObjectName(u"nameReadingLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameReadingLabel)

        self.nameReadingEdit = QLineEdit(self.identityTab)
        self.nameReadingEdit.setObjectName(u"nameReadingEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameReadingEdit)

        self.birthDateLabel = QLabel(self.identityTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = DateField(self.identityTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexLabel = QLabel(self.identityTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.identityTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.citizenshipLabel = QLabel(self.identityTab)
        self.citizenshipLabel.setObjectName(u"citizenshipLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.citizenshipLabel)

        self.citizenshipCombo = QComboBox(self.identityTab)
        self.citizenshipCombo.setObjectName(u"citizenshipCombo")
        self.citizenshipCombo.setEditable(True)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.citizenshipCombo)

        self.languageLabel = QLabel(self.identityTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.identityTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.idDocumentKindLabel = QLabel(self.identityTab)
        self.idDocumentKindLabel.setObjectName(u"idDocumentKindLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.idDocumentKindLabel)

        self.idDocumentKindCombo = QComboBox(self.identityTab)
        self.idDocumentKindCombo.setObjectName(u"idDocumentKindCombo")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idDocumentKindCombo)

        self.idDocumentNumberLabel = QLabel(self.identityTab)
        self.idDocumentNumberLabel.setObjectName(u"idDocumentNumberLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.idDocumentNumberLabel)

        self.idDocumentNumberEdit = QLineEdit(self.identityTab)
        self.idDocumentNumberEdit.setObjectName(u"idDocumentNumberEdit")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idDocumentNumberEdit)

        self.idDocumentIssuedLabel = QLabel(self.identityTab)
        self.idDocumentIssuedLabel.setObjectName(u"idDocumentIssuedLabel")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.idDocumentIssuedLabel)

        self.idDocumentIssuedEdit = DateField(self.identityTab)
        self.idDocumentIssuedEdit.setObjectName(u"idDocumentIssuedEdit")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.idDocumentIssuedEdit)

        self.tabs.addTab(self.identityTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsForm = QFormLayout(self.contactsTab)
        self.contactsForm.setObjectName(u"contactsForm")
        self.phoneLabel = QLabel(self.contactsTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactsTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.contactsTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactsTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.contactsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressLabel = QLabel(self.contactsTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactsTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.contactsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.regionLabel = QLabel(self.contactsTab)
        self.regionLabel.setObjectName(u"regionLabel")

        self.contactsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(self.contactsTab)
        self.regionEdit.setObjectName(u"regionEdit")

        self.contactsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.tabs.addTab(self.contactsTab, "")
        self.workTab = QWidget()
        self.workTab.setObjectName(u"workTab")
        self.workLayout = QVBoxLayout(self.workTab)
        self.workLayout.setObjectName(u"workLayout")
        self.workForm = QFormLayout()
        self.workForm.setObjectName(u"workForm")
        self.employerLabel = QLabel(self.workTab)
        self.employerLabel.setObjectName(u"employerLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.workTab)
        self.employerEdit.setObjectName(u"employerEdit")

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.positionLabel = QLabel(self.workTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.workForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.workTab)
        self.positionEdit.setObjectName(u"positionEdit")

        self.workForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.employedSinceLabel = QLabel(self.workTab)
        self.employedSinceLabel.setObjectName(u"employedSinceLabel")

        self.workForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employedSinceLabel)

        self.employedSinceEdit = DateField(self.workTab)
        self.employedSinceEdit.setObjectName(u"employedSinceEdit")

        self.workForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employedSinceEdit)

        self.totalEmploymentLabel = QLabel(self.workTab)
        self.totalEmploymentLabel.setObjectName(u"totalEmploymentLabel")

        self.workForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.totalEmploymentLabel)

        self.totalEmploymentSpin = QSpinBox(self.workTab)
        self.totalEmploymentSpin.setObjectName(u"totalEmploymentSpin")
        self.totalEmploymentSpin.setMinimum(-1)
        self.totalEmploymentSpin.setMaximum(720)
        self.totalEmploymentSpin.setValue(-1)

        self.workForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.totalEmploymentSpin)

        self.incomeLabel = QLabel(self.workTab)
        self.incomeLabel.setObjectName(u"incomeLabel")

        self.workForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.incomeLabel)

        self.incomeLayout = QHBoxLayout()
        self.incomeLayout.setObjectName(u"incomeLayout")
        self.incomeEdit = MoneyEdit(self.workTab)
        self.incomeEdit.setObjectName(u"incomeEdit")

        self.incomeLayout.addWidget(self.incomeEdit)

        self.currencyCombo = QComboBox(self.workTab)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.incomeLayout.addWidget(self.currencyCombo)


        self.workForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.incomeLayout)


        self.workLayout.addLayout(self.workForm)

        self.obligationsLabel = QLabel(self.workTab)
        self.obligationsLabel.setObjectName(u"obligationsLabel")

        self.workLayout.addWidget(self.obligationsLabel)

        self.obligationsTable = QTableWidget(self.workTab)
        self.obligationsTable.setObjectName(u"obligationsTable")
        self.obligationsTable.setColumnCount(5)

        self.workLayout.addWidget(self.obligationsTable)

        self.obligationButtons = QHBoxLayout()
        self.obligationButtons.setObjectName(u"obligationButtons")
        self.addObligationButton = QPushButton(self.workTab)
        self.addObligationButton.setObjectName(u"addObligationButton")

        self.obligationButtons.addWidget(self.addObligationButton)

        self.removeObligationButton = QPushButton(self.workTab)
        self.removeObligationButton.setObjectName(u"removeObligationButton")

        self.obligationButtons.addWidget(self.removeObligationButton)

        self.obligationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.obligationButtons.addItem(self.obligationSpacer)


        self.workLayout.addLayout(self.obligationButtons)

        self.tabs.addTab(self.workTab, "")
        self.consentTab = QWidget()
        self.consentTab.setObjectName(u"consentTab")
        self.consentForm = QFormLayout(self.consentTab)
        self.consentForm.setObjectName(u"consentForm")
        self.consentExplanation = QLabel(self.consentTab)
        self.consentExplanation.setObjectName(u"consentExplanation")
        self.consentExplanation.setWordWrap(True)

        self.consentForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.consentExplanation)

        self.consentDateLabel = QLabel(self.consentTab)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = DateField(self.consentTab)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentPurposeLabel = QLabel(self.consentTab)
        self.consentPurposeLabel.setObjectName(u"consentPurposeLabel")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentPurposeLabel)

        self.consentPurposeEdit = QLineEdit(self.consentTab)
        self.consentPurposeEdit.setObjectName(u"consentPurposeEdit")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consentPurposeEdit)

        self.consentFormRefLabel = QLabel(self.consentTab)
        self.consentFormRefLabel.setObjectName(u"consentFormRefLabel")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consentFormRefLabel)

        self.consentFormRefEdit = QLineEdit(self.consentTab)
        self.consentFormRefEdit.setObjectName(u"consentFormRefEdit")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consentFormRefEdit)

        self.tabs.addTab(self.consentTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CustomerIntakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.nameReadingLabel.setBuddy(self.nameReadingEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.citizenshipLabel.setBuddy(self.citizenshipCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idDocumentKindLabel.setBuddy(self.idDocumentKindCombo)
        self.idDocumentNumberLabel.setBuddy(self.idDocumentNumberEdit)
        self.idDocumentIssuedLabel.setBuddy(self.idDocumentIssuedEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.employerLabel.setBuddy(self.employerEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.employedSinceLabel.setBuddy(self.employedSinceEdit)
        self.totalEmploymentLabel.setBuddy(self.totalEmploymentSpin)
        self.incomeLabel.setBuddy(self.incomeEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentPurposeLabel.setBuddy(self.consentPurposeEdit)
        self.consentFormRefLabel.setBuddy(self.consentFormRefEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.nameReadingEdit)
        QWidget.setTabOrder(self.nameReadingEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.citizenshipCombo)
        QWidget.setTabOrder(self.citizenshipCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.idDocumentKindCombo)
        QWidget.setTabOrder(self.idDocumentKindCombo, self.idDocumentNumberEdit)
        QWidget.setTabOrder(self.idDocumentNumberEdit, self.idDocumentIssuedEdit)
        QWidget.setTabOrder(self.idDocumentIssuedEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.employedSinceEdit)
        QWidget.setTabOrder(self.employedSinceEdit, self.totalEmploymentSpin)
        QWidget.setTabOrder(self.totalEmploymentSpin, self.incomeEdit)
        QWidget.setTabOrder(self.incomeEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.obligationsTable)
        QWidget.setTabOrder(self.obligationsTable, self.addObligationButton)
        QWidget.setTabOrder(self.addObligationButton, self.removeObligationButton)
        QWidget.setTabOrder(self.removeObligationButton, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentPurposeEdit)
        QWidget.setTabOrder(self.consentPurposeEdit, self.consentFormRefEdit)
        QWidget.setTabOrder(self.consentFormRefEdit, self.tabs)

        self.retranslateUi(CustomerIntakeDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomerIntakeDialog)
    # setupUi

    def retranslateUi(self, CustomerIntakeDialog):
        CustomerIntakeDialog.setWindowTitle(QCoreApplication.translate("CustomerIntakeDialog", u"New customer", None))
        self.familyNameLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Family name", None))
        self.givenNameLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Given name", None))
        self.nameReadingLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Name &reading", None))
        self.nameReadingEdit.setPlaceholderText(QCoreApplication.translate("CustomerIntakeDialog", u"Furigana or Latin spelling", None))
        self.birthDateLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Date of &birth", None))
        self.sexLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Sex", None))
        self.citizenshipLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Citizenship", None))
        self.languageLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Language of documents", None))
        self.idDocumentKindLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Identity &document", None))
        self.idDocumentNumberLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Document &number", None))
        self.idDocumentIssuedLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Document &issued on", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("CustomerIntakeDialog", u"Identity", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&E-mail", None))
        self.addressLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Address", None))
        self.regionLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Region of registration", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("CustomerIntakeDialog", u"Contacts", None))
        self.employerLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"E&mployer", None))
        self.positionLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"P&osition", None))
        self.employedSinceLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"With this employer &since", None))
        self.totalEmploymentLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"&Total employment (months)", None))
        self.incomeLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Net monthly &income", None))
        self.obligationsLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Existing obligations (loans, guarantees given, overdraft limits)", None))
        self.addObligationButton.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Add obligation", None))
        self.removeObligationButton.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Remove obligation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.workTab), QCoreApplication.translate("CustomerIntakeDialog", u"Work and income", None))
        self.consentExplanation.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Personal data is kept only with the customer's signed consent. Enter the date the customer signed the consent form and its purpose.", None))
        self.consentDateLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Consent &signed on", None))
        self.consentPurposeLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"P&urpose", None))
        self.consentFormRefLabel.setText(QCoreApplication.translate("CustomerIntakeDialog", u"Signed &form no.", None))
        self.consentFormRefEdit.setPlaceholderText(QCoreApplication.translate("CustomerIntakeDialog", u"The number on the signed form, or its scan's reference", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentTab), QCoreApplication.translate("CustomerIntakeDialog", u"Consent", None))
    # retranslateUi


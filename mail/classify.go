package mail

import (
	"strings"
)

// Subject prefixes of automatic replies (lower case, compared with the start
// of the subject).
var autoReplySubjects = []string{
	"automatisch antwoord",
	"automatic reply",
	"autoreply",
	"auto-reply",
	"auto reply",
	"out of office:",
	"out of office reply",
	"out of office autoreply",
	"out of the office",
	"afwezig:",
	"afwezigheid:",
	"afwezigheidsbericht",
	"automatische antwort",
	"abwesenheitsnotiz",
	"réponse automatique",
	"risposta automatica",
	"respuesta automática",
}

// Subject prefixes of read receipts.
var receiptSubjects = []string{
	"gelezen:",
	"niet gelezen:",
	"read:",
	"not read:",
	"read receipt:",
	"return receipt",
	"lesebestätigung",
}

// Subject prefixes of bounces.
var bounceSubjects = []string{
	"undelivered mail returned",
	"undeliverable:",
	"undeliverable mail",
	"delivery status notification",
	"delivery failure",
	"delivery has failed",
	"failure notice",
	"mail delivery failed",
	"mail delivery failure",
	"mail delivery subsystem",
	"returned mail:",
	"onbestelbaar",
	"niet-bezorgbaar",
	"bezorging mislukt",
	"unzustellbar",
	"non remis",
	"message not delivered",
}

func subjectHasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// classify decides whether the message is automatic mail that must not be
// answered. Order: own mail, bounce (strong signs), auto-reply and read
// receipt, bounce by empty Return-Path, list mail.
func classify(m *Message, h rawHeader, c *collector, opt Options) IgnoreReason {
	if h.has("X-Spocd-Instance") {
		return IgnoreOwnMail
	}
	for _, own := range opt.OwnAddresses {
		if own = strings.ToLower(strings.TrimSpace(own)); own != "" && m.From.Addr == own {
			return IgnoreOwnMail
		}
	}
	if opt.OwnDomain != "" && m.MessageID != "" && IsOwnMessageID(m.MessageID, opt.OwnDomain) {
		return IgnoreOwnMail
	}

	subject := strings.ToLower(strings.TrimSpace(m.Subject))
	topType, topParams := contentType(h, &problems{}, "")
	reportType := strings.ToLower(strings.TrimSpace(topParams["report-type"]))
	local := m.From.Addr
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}

	// Bounces.
	if (topType == "multipart/report" && strings.Contains(reportType, "delivery-status")) || c.sawDeliveryStatus && topType == "multipart/report" {
		return IgnoreBounce
	}
	if local == "mailer-daemon" || local == "postmaster" || strings.EqualFold(m.From.Name, "Mail Delivery System") ||
		strings.EqualFold(m.From.Name, "Mail Delivery Subsystem") {
		return IgnoreBounce
	}
	if subjectHasPrefix(subject, bounceSubjects) {
		return IgnoreBounce
	}

	// Auto-replies and read receipts.
	if as := strings.ToLower(strings.TrimSpace(strings.SplitN(m.AutoSubmitted, ";", 2)[0])); as != "" && as != "no" {
		return IgnoreAutoReply
	}
	if strings.TrimSpace(h.get("X-Auto-Response-Suppress")) != "" || h.has("X-Autoreply") || h.has("X-Autorespond") ||
		h.has("X-Autoresponse") || h.has("X-Autoreply-From") || h.has("X-Mail-Autoreply") {
		return IgnoreAutoReply
	}
	prec := strings.ToLower(strings.TrimSpace(h.get("Precedence")))
	if prec == "auto_reply" || prec == "auto-reply" {
		return IgnoreAutoReply
	}
	if (topType == "multipart/report" && strings.Contains(reportType, "disposition-notification")) || c.sawMDN {
		return IgnoreAutoReply
	}
	if subjectHasPrefix(subject, autoReplySubjects) {
		return IgnoreAutoReply
	}
	if topType == "multipart/report" && subjectHasPrefix(subject, receiptSubjects) {
		return IgnoreAutoReply
	}
	if topType == "multipart/report" {
		return IgnoreBounce
	}

	// Bounce by empty envelope sender (auto-replies share it and are caught above).
	if rp := strings.TrimSpace(h.get("Return-Path")); rp == "<>" || rp == "< >" {
		return IgnoreBounce
	}

	// Mailing lists and bulk mail.
	if h.has("List-Id") {
		return IgnoreList
	}
	if prec == "bulk" || prec == "list" || prec == "junk" {
		return IgnoreList
	}
	if h.has("List-Unsubscribe") && prec != "" {
		return IgnoreList
	}
	return IgnoreNone
}

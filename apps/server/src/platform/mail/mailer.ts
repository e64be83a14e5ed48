import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** E-mail over the organisation's SMTP server (`SMTP_URL`, e.g. smtp://user:pass@mail.example.nl:587). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  // nodemailer is loaded at the first e-mail, not at every start of the server.
  let transport: Promise<Transporter> | undefined;
  return {
    async send(message) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
      await (await transport).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

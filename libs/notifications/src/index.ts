export * from './notifications.module';
export { Notifications, type NewNotification, type NotificationAudience } from './notifications.service';
export { NotificationDigests } from './notification-digests.service';
export { LegacyNotifications } from './legacy-notifications';

import * as v from 'valibot';

/**
 * How a dossier was received (DOMAIN.md §1; Biểu 06/VPCP/KSTT splits "trực tuyến" from
 * "trực tiếp hoặc qua dịch vụ bưu chính công ích").
 */
export const CHANNELS = ['in_person', 'postal', 'online_partial', 'online_full'] as const;

export const ChannelSchema = v.picklist(CHANNELS);
export type Channel = v.InferOutput<typeof ChannelSchema>;

/** Vietnamese labels shown to the officer. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  in_person: 'Trực tiếp',
  postal: 'Bưu chính công ích',
  online_partial: 'Trực tuyến một phần',
  online_full: 'Trực tuyến toàn trình',
};

/** Online in whole or in part: the numerator of "hồ sơ trực tuyến" (plans 000–004). */
export function isOnlineChannel(channel: Channel): boolean {
  return channel === 'online_partial' || channel === 'online_full';
}

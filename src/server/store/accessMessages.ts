/** The Vietnamese messages of AccessError, the same whichever database holds the data. */
export const ACCESS_MESSAGES = {
  unitNotFound: (unitId: string) => `Không có đơn vị "${unitId}". Xem danh sách bằng: npm run admin -- unit list`,
  unitExists: (unitId: string) => `Đơn vị "${unitId}" đã có.`,
  parentKind: (parentId: string) => `Đơn vị cấp trên "${parentId}" phải là cấp huyện (district) hoặc cơ quan (office).`,
  officerExists: (unitId: string, officerId: string) => `Cán bộ "${officerId}" đã có ở đơn vị "${unitId}".`,
  officerNotFound: (unitId: string, officerId: string) => `Đơn vị "${unitId}" không có cán bộ "${officerId}".`,
} as const;

import type { BoardJob, BoardTechnician, JobBoard, MyJobs, TechnicianHours } from '@/lib/api-types';

const day = '2030-01-07';

export function hours(overrides: Partial<TechnicianHours> = {}): TechnicianHours {
  return { technicianId: 'tech-zhou', technicianName: '周技师', day, soldHours: 1, clockedHours: 1.5, nonProductiveHours: 0.25, availableHours: 9, efficiency: 0.67, productivity: 0.17, ...overrides };
}

export function aTechnician(overrides: Partial<BoardTechnician> = {}): BoardTechnician {
  return { id: 'tech-zhou', name: '周技师', skills: ['MAINTENANCE'], foreman: false, shiftStart: '08:30:00', shiftEnd: '17:30:00', leave: null, activeClock: null, hours: hours(), ...overrides };
}

/** A waiting oil change of order ROBJ010000042, promised 2030-01-07 16:00 Shanghai (08:00Z). */
export function aJob(overrides: Partial<BoardJob> = {}): BoardJob {
  return {
    id: 'job-1',
    repairOrderId: 'ro-1',
    orderNumber: 'ROBJ010000042',
    plate: '京A12345',
    model: '帕萨特 330TSI',
    description: '更换机油及机滤',
    operationCode: null,
    team: null,
    requiredSkill: null,
    requiredBayType: null,
    soldHours: 1,
    clockedHours: 0,
    status: 'WAITING',
    pauseReason: null,
    pauseNote: null,
    technicianId: null,
    technicianName: null,
    bayId: null,
    bayCode: null,
    plannedStart: null,
    plannedEnd: null,
    clockedOn: false,
    promisedDeliveryAt: '2030-01-07T08:00:00Z',
    lateness: 'ON_TIME',
    reworkCount: 0,
    availableActions: ['assign'],
    version: 3,
    crew: [],
    ...overrides,
  };
}

export function aBoard(overrides: Partial<JobBoard> = {}): JobBoard {
  return {
    day,
    timeZone: 'Asia/Shanghai',
    now: '2030-01-07T02:00:00Z',
    jobs: [aJob()],
    bays: [
      { id: 'bay-b01', code: 'B01', name: '1号机修工位', bayType: 'GENERAL' },
      { id: 'bay-p01', code: 'P01', name: '钣喷工位', bayType: 'BODY_PAINT' },
    ],
    technicians: [aTechnician(), aTechnician({ id: 'tech-wu', name: '吴技师', skills: ['BODY', 'PAINT'], hours: hours({ technicianId: 'tech-wu', technicianName: '吴技师', efficiency: null, productivity: 0 }) })],
    ...overrides,
  };
}

export function myJobs(overrides: Partial<MyJobs> = {}): MyJobs {
  return {
    technician: { id: 'tech-zhou', name: '周技师' },
    activeClock: null,
    jobs: [aJob({ status: 'ASSIGNED', technicianId: 'tech-zhou', technicianName: '周技师', availableActions: ['assign', 'unassign', 'clock-on'] })],
    today: hours(),
    nonProductiveCodes: ['CLEANING', 'TRAINING', 'WAITING', 'MEETING', 'OTHER'],
    ...overrides,
  };
}
